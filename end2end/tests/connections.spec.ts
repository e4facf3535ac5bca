import { expect, expectNoAxeViolations, open, test } from "./fixtures/app";
import { memberIn, otherCompany, myCompany } from "./fixtures/tour";

test("two companies connect: one asks with a message, the other accepts, both see it", async ({ page, js, browser }, testInfo) => {
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  await memberIn(page, browser, "company", `rela${project}`);
  const a = await myCompany(page);
  const b = await otherCompany(browser, js, `relb${project}`, `10.250.${project === "ssr" ? 1 : 2}.7`);

  // A asks B from B's page, with a message.
  await open(page, `/entreprises/${b.slug}`, js);
  await expect(page.getByRole("heading", { level: 2, name: "Relations (0)" })).toBeVisible();
  await page.locator("summary", { hasText: "Se mettre en relation" }).click();
  await page.getByLabel("Message à l'entreprise").fill("Bonjour, nous usinons aussi : parlons sous-traitance.");
  await expectNoAxeViolations(page, js);
  await page.getByRole("button", { name: "Envoyer la demande de relation" }).click();
  await expect(page.getByText("Votre demande de relation a été envoyée.")).toBeVisible();
  await expect(page.getByText(`Demande de relation envoyée par ${a.name}, en attente de réponse.`)).toBeVisible();

  // B finds it in its network, with the message, and accepts.
  await open(b.page, "/reseau", js);
  await expect(b.page.getByRole("heading", { level: 1, name: "Mon réseau" })).toBeVisible();
  await expect(b.page.getByRole("heading", { level: 3, name: "Demandes reçues (1)" })).toBeVisible();
  await expect(b.page.getByText("parlons sous-traitance")).toBeVisible();
  await expectNoAxeViolations(b.page, js);
  await b.page.getByRole("button", { name: `Accepter la demande de ${a.name}` }).click();
  await expect(b.page.getByRole("heading", { level: 3, name: "Relations (1)" })).toBeVisible();
  await expect(b.page.getByRole("button", { name: `Retirer la relation avec ${a.name}` })).toBeVisible();
  await expectNoAxeViolations(b.page, js);

  // A sees the connection on B's page, and B among its connections.
  await open(page, `/entreprises/${b.slug}`, js);
  await expect(page.getByText(`En relation avec ${a.name}.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Relations (1)" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Relations (1)" }).getByRole("link", { name: a.name })).toBeVisible();

  // The directory shows only A's connections on request.
  await open(page, "/entreprises", js);
  await page.getByLabel("Seulement mes relations").check();
  if (!js) await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/relations=1/);
  await expect(page.getByText("Entreprises trouvées : 1")).toBeVisible();
  await expect(page.getByRole("link", { name: b.name })).toBeVisible();
  await expectNoAxeViolations(page, js);

  // B ends it; it is gone for both.
  await b.page.getByRole("button", { name: `Retirer la relation avec ${a.name}` }).click();
  await expect(b.page.getByRole("heading", { level: 3, name: "Relations (0)" })).toBeVisible();
  await open(page, `/entreprises/${b.slug}`, js);
  await expect(page.locator("summary", { hasText: "Se mettre en relation" })).toBeVisible();
  await b.context.close();
});

test("someone without a company learns why they cannot connect", async ({ page, js, browser }, testInfo) => {
  await memberIn(page, browser, "newcomer", `reln${testInfo.project.name}`);
  const found = await (await page.request.post("/api/search_companies", { form: {} })).json();
  const approved = found.items.find((c: { status: string }) => c.status === "approved");
  await open(page, `/entreprises/${approved.slug}`, js);
  const locked = page.getByRole("button", { name: "Se mettre en relation" });
  await locked.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Les relations et les annonces se font au nom d'une entreprise")).toBeVisible();
  await open(page, "/reseau", js);
  await expect(page.getByText("Vous ne faites partie d'aucune entreprise pour l'instant")).toBeVisible();
  await expectNoAxeViolations(page, js);
});
