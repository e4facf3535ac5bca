import { expect, expectNoAxeViolations, open, test } from "./fixtures/app";
import { signIn } from "./fixtures/account";
import { DEMO_PENDING } from "./fixtures/companies";

test("the guide explains every situation, with or without JavaScript", async ({ page, js }) => {
  await open(page, "/aide", js);
  await expect(page.getByRole("heading", { level: 1, name: "Guide d'utilisation" })).toBeVisible();
  for (const situation of [
    "Visiteur sans compte",
    "Nouveau membre, sans entreprise",
    "Entreprise en attente de validation",
    "Entreprise validée",
    "Agent de la mairie",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: situation })).toBeVisible();
  }
  // What cannot be done yet is said, with the reason.
  await expect(page.getByText("dès que la mairie aura validé votre entreprise").first()).toBeVisible();
  await expectNoAxeViolations(page, js);
});

test("the guide marks the reader's own situation", async ({ page, js }) => {
  await signIn(page, js, DEMO_PENDING.email, DEMO_PENDING.password);
  await open(page, "/aide", js);
  const mine = page.getByRole("region", { name: /Entreprise en attente de validation/ });
  await expect(mine.getByText("Votre situation")).toBeVisible();
});

test("the help menu leads to the guide without JavaScript", async ({ page, js }) => {
  await open(page, "/entreprises", js);
  await page.getByRole("banner").locator("summary", { hasText: "Aide" }).click();
  await page.getByRole("banner").getByRole("link", { name: "Guide d'utilisation" }).click();
  await expect(page).toHaveURL(/\/aide$/);
});
