import { expect, expectNoAxeViolations, open, skipTourIfShown, test } from "./fixtures/app";
import { signIn } from "./fixtures/account";
import { DEMO_OWNER, DEMO_PENDING, adminPage, freshSiret, gotoDirectory, newMember } from "./fixtures/companies";

test("a business owner registers a company, the town hall approves it, it appears in the directory", async ({
  page,
  js,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const stamp = Date.now() + (testInfo.project.name === "ssr" ? 1 : 2);
  const word = `Quincaillerie${testInfo.project.name}${stamp % 100000}`;
  const name = `${word} du Centre`;
  await newMember(page, js, browser, `proprio.${testInfo.project.name}.${stamp}@quincaillerie-exemple.fr`);

  await page.getByRole("banner").getByRole("link", { name: "Mes entreprises" }).click();
  await page.getByRole("link", { name: "Inscrire une entreprise" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inscrire une entreprise" })).toBeVisible();
  await expectNoAxeViolations(page, js);

  // A typo in the SIRET is caught with the rule that failed; the other values stay.
  await page.getByLabel("Raison sociale").fill(name);
  await page.getByLabel("Numéro SIRET", { exact: true }).fill("123 456 789 00012");
  await page.getByLabel("Code NAF (APE)", { exact: true }).fill("47.52B");
  await page.getByLabel("Effectif salarié").selectOption({ label: "3 à 5 salariés" });
  await page.getByLabel("Zone d'activité").selectOption({ label: "Parc artisanal de la Houssoye" });
  await page.getByLabel("Présentation").fill("Outillage, visserie et **conseils** depuis 1998.");
  await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Clé de contrôle");
  await expect(page.getByLabel("Raison sociale")).toHaveValue(name);
  await expect(page.getByLabel("Numéro SIRET", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, js);

  await page.getByLabel("Numéro SIRET", { exact: true }).fill(freshSiret(stamp));
  await page.getByRole("button", { name: "Inscrire l'entreprise" }).click();
  await expect(page.getByText("Votre entreprise est enregistrée.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByText("En attente de validation par la mairie")).toBeVisible();
  // The owner's situation changed: the tour for a company awaiting approval offers itself.
  if (js) await skipTourIfShown(page);
  // What waits for the town hall says so.
  // The locked action stays reachable with the keyboard; pressing it says why.
  await page.getByRole("button", { name: "Publier une annonce" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("dès que la mairie aura validé votre entreprise")).toBeVisible();
  await expectNoAxeViolations(page, js);

  const admin = await adminPage(browser, js);
  await open(admin, "/admin/entreprises", js);
  await expectNoAxeViolations(admin, js);
  await admin.getByRole("button", { name: `Valider ${name}` }).click();
  await expect(admin.getByText("L'entreprise a été validée")).toBeVisible();
  await admin.context().close();

  await gotoDirectory(page, js);
  const search = page.getByLabel("Nom, activité ou mot-clé");
  await search.fill(word.toLowerCase());
  if (!js) await page.getByRole("button", { name: "Rechercher" }).click();
  // With scripts, results follow the typing; without, the form is sent and the address keeps it.
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${word.toLowerCase()}`));
  await expect(page.getByText("Entreprises trouvées : 1")).toBeVisible();
});

test("the directory filters live in the address and page through results", async ({ page, js }) => {
  await gotoDirectory(page, js);
  await expectNoAxeViolations(page, js);
  await page.getByLabel("Secteur d'activité").selectOption({ label: "Construction" });
  if (!js) await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/secteur=F/);
  const count = page.getByText(/^Entreprises trouvées : \d+$/);
  await expect(count).toBeVisible();
  const total = Number((await count.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(20);
  await page.getByRole("navigation", { name: "Pages de résultats" }).getByRole("link", { name: "Page 2" }).click();
  await expect(page).toHaveURL(/secteur=F.*page=2|page=2.*secteur=F/);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  // A shared address opens the same results.
  await gotoDirectory(page, js, "?zone=blanc-four&tri=recent");
  await expect(page.getByLabel("Zone d'activité")).toHaveValue("blanc-four");
  await expect(page.getByLabel("Trier par")).toHaveValue("recent");
});

test("visitors see a reduced directory and an invitation to sign in", async ({ page, js }) => {
  await gotoDirectory(page, js);
  await expect(page.getByText("Vous voyez l'annuaire public")).toBeVisible();
  await page.getByRole("main").getByRole("listitem").getByRole("link").first().click();
  await expect(page.getByText("Connectez-vous pour voir la présentation")).toBeVisible();
  await expectNoAxeViolations(page, js);
});

test("infobulles open without JavaScript and say what a field wants", async ({ page, js }) => {
  await signIn(page, js, DEMO_OWNER.email, DEMO_OWNER.password);
  await open(page, "/mes-entreprises/nouvelle", js);
  const help = page.getByRole("button", { name: "Aide : Numéro SIRET" });
  await help.click();
  await expect(page.getByText("les 9 du SIREN")).toBeVisible();
  await expectNoAxeViolations(page, js);
  await page.keyboard.press("Escape");
  await expect(page.getByText("les 9 du SIREN")).toBeHidden();
});

test("an owner edits the page and the team; axe-core finds nothing to fix", async ({ page, js }) => {
  await signIn(page, js, DEMO_OWNER.email, DEMO_OWNER.password);
  await open(page, "/mes-entreprises", js);
  await expectNoAxeViolations(page, js);
  await page.getByRole("link", { name: "Modifier la page" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Modifier la page");
  await expectNoAxeViolations(page, js);
  await page.getByLabel("Téléphone").fill("03 20 99 88 77");
  await page.getByRole("button", { name: "Enregistrer la page" }).click();
  await expect(page.getByText("La page de l'entreprise a été enregistrée.")).toBeVisible();
  await expect(page.getByRole("link", { name: "03 20 99 88 77" })).toBeVisible();
  await expectNoAxeViolations(page, js);
  await page.getByRole("link", { name: "Équipe" }).click();
  await expect(page.getByRole("table", { name: "Les personnes de l'entreprise" })).toBeVisible();
  await expectNoAxeViolations(page, js);
});

test("a company waiting for the town hall is explained to its owner", async ({ page, js }) => {
  await signIn(page, js, DEMO_PENDING.email, DEMO_PENDING.password);
  await open(page, "/mes-entreprises", js);
  await expect(page.getByText("La mairie vérifie cette inscription.")).toBeVisible();
});

for (const path of ["/admin/entreprises/toutes", "/admin/entreprises/nouvelle", "/admin/zones"]) {
  test(`axe-core finds no violation on ${path}`, async ({ browser, js }) => {
    const admin = await adminPage(browser, js);
    await open(admin, path, js);
    await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(admin, js);
    await admin.context().close();
  });
}
