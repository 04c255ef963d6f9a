import { launchChromium, offlineContext, serveDist, watchedPage } from "./browser";
it("smoke", async () => {
  const server = await serveDist("/tmp/xhht-smoke/dist");
  const browser = await launchChromium();
  const { context, blocked } = await offlineContext(browser);
  const { page, errors } = await watchedPage(context);
  await page.goto(`${server.url}dashboard.html`);
  await page.getByTestId("rollup-total").waitFor({ timeout: 60000 });
  console.log(await page.locator("main").innerText());
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Xuất sổ tổng hợp (.xlsx)" }).click()]);
  console.log("download", d.suggestedFilename(), await d.path());
  console.log(errors, blocked, await page.title());
  await browser.close(); await server.close();
}, 120000);
