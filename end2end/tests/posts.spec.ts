import { expect, expectNoAxeViolations, open, test } from "./fixtures/app";
import { memberIn, otherCompany, myCompany } from "./fixtures/tour";

/** `days` from today, as a date field takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test("a company publishes a request, another finds it in the feed; scripts stay text", async ({ page, js, browser }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await memberIn(page, browser, "company", `posta${project}`);
  const a = await myCompany(page);
  const title = `Recherche un transporteur vers Courtrai ${project}`;

  await open(page, "/fil", js);
  await page.getByRole("link", { name: "Publier une annonce" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Publier une annonce" })).toBeVisible();
  if (js) await expect(page.locator("html[data-hydrated]")).toBeAttached();
  await page.getByLabel("Type d'annonce").selectOption({ label: "Je recherche" });
  await page.getByLabel("Texte").fill("Livraisons **deux fois** par semaine.\n\n<script>alert('texte')</script> [lien](javascript:alert(1))");
  await page.getByLabel("Date de fin").fill(inDays(30));
  await expectNoAxeViolations(page, js);

  // No title: refused, with the message tied to the field and the text kept.
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(page.getByRole("alert").getByText("Ce champ est obligatoire.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Texte")).toHaveValue(/deux fois/);
  await expectNoAxeViolations(page, js);

  await page.getByLabel("Titre").fill(`${title} <script>alert('titre')</script>`);
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await expect(page.getByText("Votre annonce est publiée.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `${title} <script>alert('titre')</script>` })).toBeVisible();
  await expect(page.getByText("Je recherche").first()).toBeVisible();
  await expect(page.getByText(/^Jusqu'au /)).toBeVisible();
  await expect(page.locator(".post__body strong")).toHaveText("deux fois");
  await expect(page.locator(".post__body")).toContainText("<script>alert('texte')</script>");
  await expectNoAxeViolations(page, js);

  // Another company finds it among the requests, and on the first company's page.
  const b = await otherCompany(browser, js, `postb${project}`, `10.251.${project === "ssr" ? 1 : 2}.9`);
  b.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await open(b.page, "/fil", js);
  await b.page.getByRole("navigation", { name: "Types d'annonces" }).getByRole("link", { name: "Je recherche" }).click();
  await expect(b.page).toHaveURL(/type=recherche/);
  await expect(b.page.getByRole("link", { name: new RegExp(title) })).toBeVisible();
  await expectNoAxeViolations(b.page, js);
  await open(b.page, `/entreprises/${a.slug}`, js);
  await expect(b.page.getByRole("heading", { level: 2, name: "Annonces" })).toBeVisible();
  await expect(b.page.getByRole("heading", { level: 3, name: new RegExp(title) })).toBeVisible();
  // It is not theirs to change.
  await b.page.getByRole("heading", { level: 3, name: new RegExp(title) }).getByRole("link").click();
  await expect(b.page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(b.page.getByRole("link", { name: "Modifier" })).toHaveCount(0);

  // It answers: a reaction, and a comment with a web address and a script that stays text.
  const interested = b.page.getByRole("button", { name: /^Intéressé/ });
  await interested.click();
  await expect(interested).toHaveAttribute("aria-pressed", "true");
  await expect(interested).toContainText("1");
  await b.page.getByRole("button", { name: "Commenter", exact: true }).click();
  await expect(b.page.getByLabel("Votre commentaire")).toHaveAttribute("aria-invalid", "true");
  await b.page
    .getByLabel("Votre commentaire")
    .fill("Nous livrons Courtrai le mardi : https://transports-roncq.example/tarifs <script>alert('commentaire')</script>");
  await b.page.getByRole("button", { name: "Commenter", exact: true }).click();
  const comment = b.page.locator(".comment").first();
  await expect(comment).toContainText("Nous livrons Courtrai le mardi");
  await expect(comment.getByRole("link", { name: "https://transports-roncq.example/tarifs" })).toBeVisible();
  await expect(comment).toContainText("<script>alert('commentaire')</script>");
  await expectNoAxeViolations(b.page, js);

  // The first company sees both under its post.
  await page.reload();
  if (js) await expect(page.locator("html[data-hydrated]")).toBeAttached();
  const mine = page.getByRole("button", { name: /^Intéressé/ });
  await expect(mine).toContainText("1");
  await expect(mine).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator(".comment").first()).toContainText("Nous livrons Courtrai le mardi");

  // The first company deletes it; it is gone for the other.
  await page.locator("summary", { hasText: "Supprimer" }).click();
  await page.getByRole("button", { name: "Supprimer définitivement" }).click();
  await expect(page.getByText("L'annonce a été supprimée.")).toBeVisible();
  await b.page.reload();
  await expect(b.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  expect(dialogs).toEqual([]);
  await b.context.close();
});

test("the feed pages through the network's announcements; publishing waits for a company", async ({ page, js, browser }, testInfo) => {
  await memberIn(page, browser, "newcomer", `postn${testInfo.project.name}`);
  await open(page, "/fil", js);
  await expect(page.getByRole("heading", { level: 1, name: "Fil d'actualité" })).toBeVisible();
  // The town hall's pinned posts come first.
  const first = page.locator(".feed > li").first();
  await expect(first.getByText("Officiel")).toBeVisible();
  await expect(first.getByText("Épinglée")).toBeVisible();
  await expect(page.locator(".feed > li")).toHaveCount(20);
  await expectNoAxeViolations(page, js);

  // Publishing is locked, and says why.
  const locked = page.getByRole("button", { name: "Publier une annonce" });
  await locked.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Les relations et les annonces se font au nom d'une entreprise")).toBeVisible();

  await page.getByRole(js ? "button" : "link", { name: "Annonces suivantes" }).click();
  if (js) {
    // In place: the same address, the next page under the first. (Other specs publish meanwhile:
    // a post pushed from the first page onto the second is not shown twice.)
    await expect.poll(() => page.locator(".feed > li").count()).toBeGreaterThanOrEqual(35);
    await expect(page).toHaveURL(/\/fil$/);
  } else {
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator(".feed > li")).toHaveCount(20);
    await expect(page.getByRole("link", { name: "Annonces précédentes" })).toBeVisible();
  }
});
