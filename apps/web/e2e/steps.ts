import type { Page } from "playwright-core";

/** A correct, optimal Two Sum in JavaScript, as a candidate would type it. */
export const twoSumSolution = [
  "function twoSum(nums, target) {",
  "const seen = new Map();",
  "for (let i = 0; i < nums.length; i++) {",
  "if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];",
  "seen.set(nums[i], i);",
  "}",
  "}",
].join("\n");

/** Fills the sign-up form with a fresh email; the caller submits it. */
export async function fillSignUp(page: Page, who: string, birthYear: number): Promise<void> {
  await page.getByLabel("Email").fill(`${who}-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByLabel("Year of birth").fill(String(birthYear));
}

/** Replaces everything in the code editor with `code`. */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}
