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

/** Answers onboarding as an adult backend engineer who agrees to AI processing; ends on the dashboard. */
export async function passOnboarding(page: Page): Promise<void> {
  await page.getByRole("heading", { name: "Before your first interview" }).waitFor();
  await page.getByLabel("I agree that my session content is sent to AI providers").check();
  await page.getByLabel("Role you are aiming for").selectOption("backend");
  await page.getByLabel(/^Level/).selectOption("mid");
  await page.getByRole("button", { name: "Start practising" }).click();
  await page.getByRole("heading", { name: "Your practice" }).waitFor();
}

/** Replaces everything in the code editor with `code`. */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/**
 * From the dashboard: starts a behavioral interview and sends one answer once the interviewer
 * has spoken; answers how many interviewer messages there were before it.
 */
export async function startBehavioralAndAnswer(page: Page, answer: string): Promise<number> {
  await page.getByRole("radio", { name: "Behavioral" }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.getByRole("heading", { name: "Behavioral interview" }).waitFor();
  await page.locator(".message.interviewer").first().waitFor();
  const replies = await page.locator(".message.interviewer").count();
  await page.getByLabel("Message to the interviewer").fill(answer);
  await page.keyboard.press("Enter");
  return replies;
}

/** From the dashboard: a behavioral interview with one answer, ended, until its report shows. */
export async function finishBehavioral(page: Page, answer: string): Promise<void> {
  const replies = await startBehavioralAndAnswer(page, answer);
  await page.locator(".message.interviewer").nth(replies).waitFor();
  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("button", { name: "Yes, end it" }).click();
  await page.getByRole("heading", { name: "Your report" }).waitFor();
  await page.getByText(/STAR completeness/).waitFor();
}

/** A full STAR answer: situation, task, action and a measured result. */
export const starAnswer =
  "Last year our team was migrating the billing service. I was responsible for the invoicing queries. I measured the slowest queries and wrote a comparison. As a result latency dropped from 9 seconds to 400 ms.";
