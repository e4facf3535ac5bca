import { expect, expectNoAxeViolations, open, test } from "./fixtures/app";
import { adminPage } from "./fixtures/companies";
import { memberIn, myCompany, otherCompany } from "./fixtures/tour";

test("a member reports an announcement, the town hall hides it, and it is gone", async ({ page, js, browser }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  await memberIn(page, browser, "company", `moda${project}`);
  const a = await myCompany(page);
  const title = `Vente flash à -90 % ${project} ${Date.now() % 100_000}`;
  const published = await page.request.post("/api/publish_post", {
    form: { publisher: a.slug, kind: "offer", title, body: "Tout doit disparaître.", visibility: "members" },
  });
  expect(published.status()).toBe(200);
  const id = await published.json();

  // Another member reports it; a report needs a reason.
  const b = await otherCompany(browser, js, `modb${project}`, `10.252.${project === "ssr" ? 1 : 2}.9`);
  await open(b.page, `/annonces/${id}`, js);
  const summary = b.page.locator("summary", { hasText: "Signaler" }).first();
  await summary.click();
  await b.page.getByRole("button", { name: "Envoyer le signalement" }).click();
  const reason = b.page.getByLabel("Pourquoi signalez-vous ce contenu ?");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  if (!js) await summary.click();
  await reason.fill("Prix trompeurs, déjà signalé par des clients.");
  await b.page.getByRole("button", { name: "Envoyer le signalement" }).click();
  await expect(b.page.getByText("Merci : votre signalement est transmis à la mairie.")).toBeVisible();
  await expectNoAxeViolations(b.page, js);

  // The town hall finds it in its queue and hides it, with the reason its publisher is told.
  const admin = await adminPage(browser, js);
  await open(admin, "/admin/moderation", js);
  const card = admin.getByRole("article", { name: new RegExp(title.replace(/[-%]/g, ".")) });
  await expect(card.getByText("Prix trompeurs")).toBeVisible();
  await expectNoAxeViolations(admin, js);
  await card.getByLabel("Décision").selectOption("hide");
  await card.getByLabel("Raison, communiquée à l'auteur").fill("Offre trompeuse.");
  await card.getByRole("button", { name: "Appliquer" }).click();
  await expect(admin.getByText("Le signalement est traité.")).toBeVisible();
  await expect(admin.getByRole("article", { name: new RegExp(title.replace(/[-%]/g, ".")) })).toHaveCount(0);

  // Gone for the members: its page, and the feed.
  await b.page.reload();
  await expect(b.page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
  await open(b.page, "/fil?type=propose", js);
  await expect(b.page.getByRole("link", { name: title })).toHaveCount(0);
  await b.context.close();
  await admin.context().close();
});
