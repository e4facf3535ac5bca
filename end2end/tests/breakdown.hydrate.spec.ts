import { expect, expectNoAxeViolations, test } from "./fixtures/app";
import { HomePage } from "./fixtures/home_page";

test("after hydration the breakdown becomes tabs that answer clicks and arrow keys", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  const bySector = home.tab("Par secteur");
  const byPark = home.tab("Par zone d'activité");
  await expect(bySector).toHaveAttribute("aria-selected", "true");
  await expect(home.table(/par secteur/i)).toBeVisible();
  await expect(home.table(/par zone d'activité/i)).toBeHidden();

  await byPark.click();
  await expect(byPark).toHaveAttribute("aria-selected", "true");
  await expect(home.table(/par zone d'activité/i)).toBeVisible();
  await expect(home.table(/par secteur/i)).toBeHidden();

  await byPark.press("ArrowLeft");
  await expect(bySector).toBeFocused();
  await expect(bySector).toHaveAttribute("aria-selected", "true");
  await expect(home.table(/par secteur/i)).toBeVisible();
  await expectNoAxeViolations(page, js);
});

test("the figures come from a server function once the page is live", async ({ page, js }) => {
  const home = new HomePage(page, js);
  await home.goto();
  // Navigating away and back inside the app fetches the figures again from the browser.
  const call = page.waitForResponse((r) => r.url().endsWith("/api/home_figures") && r.status() === 200);
  await page.getByRole("contentinfo").getByRole("link", { name: /Accessibilité/ }).click();
  await expect(page).toHaveURL(/\/accessibilite$/);
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Accueil" }).click();
  const figures = await (await call).text();
  const registered = (await home.registered.textContent()) ?? "";
  expect(registered).toMatch(/^25\d$/);
  expect(figures).toContain(registered);
});

test("without JavaScript both breakdown tables are shown", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.getByRole("tab")).toHaveCount(0);
  await expect(page.getByRole("table", { name: /par secteur/i })).toBeVisible();
  await expect(page.getByRole("table", { name: /par zone d'activité/i })).toBeVisible();
  await context.close();
});
