import AxeBuilder from "@axe-core/playwright";
import { expect, open, test } from "./fixtures/app";
import { signIn } from "./fixtures/account";
import { NEW_MEMBER_PASSWORD, confirmedAccount } from "./fixtures/companies";
import { expectStep, geometry, memberIn, step, stepsOf, type Situation } from "./fixtures/tour";

// The guided tour lives after hydration: every spec here runs with scripts on.

const FIRST_STEP: Record<Exclude<Situation, "visitor">, string> = {
  newcomer: "newcomer.welcome",
  pending: "pending.welcome",
  company: "company.welcome",
  admin: "admin.welcome",
};

test("a first visit to the home page starts the visitors' tour", async ({ page }) => {
  await page.goto("/");
  await expectStep(page, "visitor.welcome");
  await expect(step(page)).toHaveAttribute("aria-modal", "true");
  await expect(step(page).getByText("Étape 1 sur 5")).toBeVisible();
  // The page behind is out of reach while the step is open, and given back after.
  expect(await backgroundInert(page)).toBe(true);
  await page.keyboard.press("Escape");
  await expect(step(page)).toHaveCount(0);
  expect(await backgroundInert(page)).toBe(false);
});

/** Whether every part of the page but the tour is inert. */
function backgroundInert(page: import("@playwright/test").Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.body.children]
      .filter((e) => !e.hasAttribute("data-tour-root") && e.tagName !== "SCRIPT")
      .every((e) => (e as HTMLElement).inert),
  );
}

test("a first sign-in starts the tour of a new member, from the sign-in form", async ({ page, browser }) => {
  const email = `visite.premiere.${Date.now()}@exemple-roncq.fr`;
  await confirmedAccount(page.request, browser, email);
  await signIn(page, true, email, NEW_MEMBER_PASSWORD, { keepTour: true });
  await expectStep(page, FIRST_STEP.newcomer);
});

for (const situation of ["pending", "company", "admin"] as const) {
  test(`a first sign-in as ${situation} starts the tour of that situation`, async ({ page, browser }) => {
    await memberIn(page, browser, situation, "first");
    await page.goto("/compte");
    await expect(page.locator("html[data-hydrated]")).toBeAttached();
    await expectStep(page, FIRST_STEP[situation]);
    // What the policy still forbids is said in the step that is about it.
    if (situation === "pending") {
      const steps = await stepsOf(page);
      const publish = steps.findIndex((s) => s.id === "pending.publish");
      for (let i = 0; i < publish; i++) await page.keyboard.press("ArrowRight");
      await expectStep(page, "pending.publish");
      await expect(step(page)).toContainText("dès que la mairie aura validé votre entreprise");
    }
  });
}

test("the whole visitors' tour is done with the keyboard alone, across pages", async ({ page }) => {
  await page.goto("/");
  const order = ["visitor.welcome", "visitor.figures", "visitor.directory", "visitor.sign_up", "visitor.help"];
  for (const [i, id] of order.entries()) {
    await expectStep(page, id);
    if (i === 1) {
      await page.keyboard.press("ArrowLeft");
      await expectStep(page, order[0]);
      await page.keyboard.press("ArrowRight");
      await expectStep(page, id);
    }
    // Enter and → both lead on; on the last step they finish the tour.
    await page.keyboard.press(i % 2 === 0 ? "Enter" : "ArrowRight");
  }
  await expect(step(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/entreprises$/);
  // Finished: a reload does not bring it back, the page is usable again.
  await page.reload();
  await expect(page.locator("html[data-tour-ready]")).toBeAttached();
  await expect(step(page)).toHaveCount(0);
  await expect(page.locator("main").first()).toHaveJSProperty("inert", false);
});

test("Escape closes the tour and focus goes back to where it was", async ({ page }) => {
  await open(page, "/entreprises", true);
  const help = page.getByRole("banner").locator("summary", { hasText: "Aide" });
  await help.click();
  await page.getByRole("button", { name: "Visite de cette page" }).click();
  await expectStep(page, "visitor.directory");
  await page.keyboard.press("Escape");
  await expect(step(page)).toHaveCount(0);
  await expect(help).toBeFocused();
});

test("a reload resumes the tour at the same step, and so does another device", async ({ page, browser }) => {
  const email = await memberIn(page, browser, "newcomer", "resume");
  await page.goto("/mes-entreprises");
  await expectStep(page, "newcomer.welcome");
  for (const next of ["newcomer.register", "newcomer.find"]) {
    const saved = page.waitForResponse((r) => r.url().endsWith("/api/tour_progress") && r.ok());
    await page.keyboard.press("ArrowRight");
    await saved;
    await expectStep(page, next);
  }
  await expect(page).toHaveURL(/\/entreprises$/);
  await page.reload();
  await expectStep(page, "newcomer.find");

  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, true, email, NEW_MEMBER_PASSWORD, { keepTour: true });
  // Resumed where it was left: here, or an offer to go back to it from another page.
  await expect(phone.getByRole("complementary", { name: "Visite guidée en cours" })).toBeVisible();
  await phone.getByRole("button", { name: "Reprendre la visite" }).click();
  await expectStep(phone, "newcomer.find");
  await other.close();
});

test("“Ne plus afficher” holds in a fresh browser", async ({ page, browser }) => {
  const email = await memberIn(page, browser, "newcomer", "never");
  await page.goto("/compte");
  await expectStep(page, "newcomer.welcome");
  const dismissed = page.waitForResponse((r) => r.url().endsWith("/api/dismiss_tours") && r.ok());
  await step(page).getByRole("button", { name: "Ne plus afficher" }).click();
  await dismissed;
  await expect(step(page)).toHaveCount(0);

  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await signIn(again, true, email, NEW_MEMBER_PASSWORD, { keepTour: true });
  await expect(again.locator("html[data-tour-ready]")).toBeAttached();
  await expect(step(again)).toHaveCount(0);
  // The help menu still starts it on demand.
  await again.getByRole("banner").locator("summary", { hasText: "Aide" }).click();
  await again.getByRole("button", { name: "Visite guidée" }).click();
  await expectStep(again, "newcomer.welcome");
  await fresh.close();
});

for (const [width, height] of [
  [320, 568],
  [768, 1024],
  [1440, 900],
]) {
  test(`at ${width}×${height} every step lies inside the screen and beside its target`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    // The visitors' tour, then the tour of an approved company.
    await page.goto("/");
    const visitorSteps = await stepsOf(page);
    await walk(page, visitorSteps, `${width}×${height} visitor`);

    await memberIn(page, browser, "company", `geo${width}`);
    await page.goto("/compte");
    await walk(page, await stepsOf(page), `${width}×${height} company`);
    await page.screenshot({ path: `test-results/tour-${width}x${height}.png` });
    await context.close();
  });
}

/** Goes through every step from the open first one, checking where each one stands. */
async function walk(page: import("@playwright/test").Page, steps: { id: string; target: string | null; path: string }[], label: string) {
  for (const [i, s] of steps.entries()) {
    await expectStep(page, s.id);
    await expect.poll(() => geometry(page, s.target), { message: `${label}: ${s.id}` }).toBe("ok");
    if (i === 1) await page.screenshot({ path: `test-results/tour-${label.replace(/\W+/g, "-")}-${s.id}.png` });
    await step(page).getByRole("button", { name: i + 1 === steps.length ? "Terminer" : "Suivant" }).click();
  }
  await expect(step(page)).toHaveCount(0);
}

test("on a page scrolled to the bottom, the step brings its target back into view", async ({ page }) => {
  await open(page, "/entreprises", true);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await page.getByRole("banner").locator("summary", { hasText: "Aide" }).click();
  await page.getByRole("button", { name: "Visite de cette page" }).click();
  await expectStep(page, "visitor.directory");
  await expect.poll(() => geometry(page, "directory-search")).toBe("ok");
});

test("a step whose target never comes shows in the middle, never as a stuck overlay", async ({ page }) => {
  await open(page, "/", true);
  // The second step points at something the page will never render.
  await page.route("**/api/tour", async (route) => {
    const response = await route.fetch();
    const tour = await response.json();
    tour.steps[1].target = "nulle-part";
    await route.fulfill({ response, json: tour });
  });
  await page.getByRole("banner").locator("summary", { hasText: "Aide" }).click();
  await page.getByRole("button", { name: "Visite guidée" }).click();
  await expectStep(page, "visitor.welcome");
  await page.keyboard.press("ArrowRight");
  // Usable at once, in the middle of the screen, while it waits and after it gave up.
  await expectStep(page, "visitor.figures");
  await expect(step(page)).toHaveClass(/tour--centred/);
  await expect(page.locator(".tour-spotlight")).toHaveCount(0);
  await expect.poll(() => geometry(page, null)).toBe("ok");
  // It stops waiting after a few seconds and stays there, usable.
  await expect(step(page)).not.toHaveClass(/tour--waiting/);
  await expect(step(page)).toHaveClass(/tour--centred/);
  await page.keyboard.press("ArrowRight");
  await expectStep(page, "visitor.directory");
});

test("axe-core finds nothing to fix with a step open", async ({ page }) => {
  await page.goto("/");
  await expectStep(page, "visitor.welcome");
  for (const id of ["visitor.welcome", "visitor.figures"]) {
    await expectStep(page, id);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary, summary.join("\n")).toEqual([]);
    await page.keyboard.press("ArrowRight");
  }
});
