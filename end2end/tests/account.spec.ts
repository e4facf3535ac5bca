import { expect, expectNoAxeViolations, open, test } from "./fixtures/app";
import { linkFromOutbox, signIn } from "./fixtures/account";

test("a business owner signs up, confirms, signs in, changes password, signs out and back in", async ({
  page,
  js,
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const email = `gerante.${testInfo.project.name}.${Date.now()}@boulangerie-exemple.fr`;
  const first = "le pain de la place du Bourg";
  const second = "la brioche du dimanche matin";

  await open(page, "/inscription", js);
  await expectNoAxeViolations(page, js);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Prénom").fill("Hélène");
  await page.getByLabel("Nom", { exact: true }).fill("Vandenbussche");
  await page.getByLabel("Mot de passe").fill("court");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  // Refused: the reasons stand by their fields, the typed values stay (never the password).
  await expect(page.getByRole("alert")).toContainText("conditions d'utilisation");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  await expect(page.getByLabel("Prénom")).toHaveValue("Hélène");
  await expect(page.getByLabel("Mot de passe")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page, js);

  await page.getByLabel("Mot de passe").fill(first);
  await page.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByText("Vérifiez votre boîte de réception.")).toBeVisible();

  const confirmation = await linkFromOutbox(browser, email, "confirm_email");
  await open(page, confirmation, js);
  await expectNoAxeViolations(page, js);
  await page.getByRole("button", { name: "Confirmer mon adresse" }).click();
  await expect(page.getByText("Votre adresse e-mail est confirmée.")).toBeVisible();

  await signIn(page, js, email, first);
  await expectNoAxeViolations(page, js);
  const passwordForm = page.locator("section", { has: page.getByRole("heading", { name: "Mot de passe" }) });
  await passwordForm.getByLabel("Mot de passe actuel").fill(first);
  await passwordForm.getByLabel("Nouveau mot de passe").fill(second);
  await passwordForm.getByRole("button", { name: "Changer le mot de passe" }).click();
  await expect(page.getByText("Votre mot de passe a été changé")).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible();

  await signIn(page, js, email, second);
  await expect(page.getByText(email)).toBeVisible();
});

test("a wrong password is refused with a message and the address kept", async ({ page, js }) => {
  await open(page, "/connexion", js);
  await page.getByLabel("Adresse e-mail").fill("personne@exemple.fr");
  await page.getByLabel("Mot de passe", { exact: true }).fill("ce n'est pas le bon");
  await page.getByRole("button", { name: "Se connecter" }).last().click();
  await expect(page.getByRole("alert")).toContainText("Adresse e-mail ou mot de passe incorrect.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue("personne@exemple.fr");
  await expect(page.getByLabel("Mot de passe", { exact: true })).toHaveValue("");
  await expectNoAxeViolations(page, js);
});

for (const path of ["/connexion", "/mot-de-passe-oublie", "/confidentialite", "/conditions", "/compte"]) {
  test(`axe-core finds no violation on ${path}`, async ({ page, js }) => {
    await open(page, path, js);
    await expectNoAxeViolations(page, js);
  });
}
