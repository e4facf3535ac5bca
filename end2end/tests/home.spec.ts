import { expect, expectNoAxeViolations, test } from "./fixtures/app";
import { HomePage } from "./fixtures/home_page";

test("the home page renders in French with the live figures", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page).toHaveTitle(/Accueil · Réseau économique roncquois/);
  await expect(home.heading).toHaveText("Réseau économique roncquois");
  // 250 demo companies, and the few dozen the other specs register and approve meanwhile.
  await expect(home.registered).toHaveText(/^2[5-9]\d$/);
  await expect(home.coverage).toHaveText(/^(3[5-9]|4[0-2]) %$/);
  await expect(page.getByText("sur les 700 entreprises de Roncq")).toBeVisible();
  await expect(home.members).toHaveText(/^\d{3}$/);
  await expect(page.getByText("Zone d'activité Pierre-Mauroy")).toBeAttached();
});

test("the language switch turns the interface to English and back", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  await expect(home.languageButton).toHaveText(/English/);
  await home.languageButton.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "The network in figures" })).toBeVisible();
  await expect(home.languageButton).toHaveText(/Français/);

  // The choice is remembered by the server: a fresh load stays in English.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await home.languageButton.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Le réseau en chiffres" })).toBeVisible();
});

test("an unknown address answers 404 with a way back", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await expect(page.getByRole("link", { name: "Revenir à l'accueil" })).toBeVisible();
});

test("the accessibility statement is linked from the footer", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  await page.getByRole("contentinfo").getByRole("link", { name: /Accessibilité/ }).click();
  await expect(page).toHaveURL(/\/accessibilite$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d'accessibilité");
  await expect(page.getByRole("heading", { name: "Voies de recours" })).toBeVisible();
});

test("the skip link leads to the main content", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#contenu$/);
});

for (const path of ["/", "/accessibilite", "/page-inconnue"]) {
  test(`axe-core finds no violation on ${path}`, async ({ page, js }) => {
    await page.goto(path);
    if (js) await expect(page.locator("html[data-hydrated]")).toBeAttached();
    await expectNoAxeViolations(page, js);
  });
}

test("axe-core finds no violation on a phone-sized home page", async ({ page, js }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const home = new HomePage(page, js);
  await home.goto();
  await expectNoAxeViolations(page, js);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow).toBe(false);
});
