import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The iOS and Android projects as Capacitor generated them and we configured them, after
 * `cap sync` has copied in the web build `npm run test:e2e` just made. Native builds need Xcode
 * and the Android SDK, which these machines lack; what the stores and the OS read is checked here.
 */
const web = new URL("../apps/web/", import.meta.url).pathname;
const read = (path: string) => readFileSync(`${web}${path}`, "utf8");
const scriptsOf = (html: string) => [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]);

describe("the native projects", () => {
  beforeAll(() => {
    execFileSync("npx", ["cap", "sync"], { cwd: web, stdio: "ignore" });
  }, 120_000);

  it("carry the web build just made, and the app's id and name", () => {
    const built = scriptsOf(read("dist/index.html"));
    expect(built.length).toBeGreaterThan(0);
    expect(scriptsOf(read("android/app/src/main/assets/public/index.html"))).toEqual(built);
    expect(scriptsOf(read("ios/App/App/public/index.html"))).toEqual(built);
    for (const config of [
      "android/app/src/main/assets/capacitor.config.json",
      "ios/App/App/capacitor.config.json",
    ]) {
      expect(JSON.parse(read(config)), config).toMatchObject({
        appId: "ai.mentara.app",
        appName: "Mentara",
      });
    }
    expect(read("android/app/build.gradle")).toMatch(/applicationId "ai\.mentara\.app"/);
    expect(read("ios/App/App.xcodeproj/project.pbxproj")).toMatch(
      /PRODUCT_BUNDLE_IDENTIFIER = ai\.mentara\.app;/,
    );
  });

  it("open mentara:// links and the site's own links, on Android and iOS", () => {
    const manifest = read("android/app/src/main/AndroidManifest.xml");
    expect(manifest).toMatch(/<data android:scheme="mentara" \/>/);
    expect(manifest).toMatch(/<intent-filter android:autoVerify="true">/);
    for (const path of ["/report", "/interview", "/progress"])
      expect(manifest).toContain(
        `android:scheme="https" android:host="\${appLinkHost}" android:pathPrefix="${path}"`,
      );
    const plist = read("ios/App/App/Info.plist");
    expect(plist).toMatch(/<key>CFBundleURLSchemes<\/key>\s*<array>\s*<string>mentara<\/string>/);
    expect(read("ios/App/App/App.entitlements")).toMatch(/applinks:\$\(APP_LINK_HOST\)/);
    expect(read("ios/App/App.xcodeproj/project.pbxproj")).toMatch(
      /CODE_SIGN_ENTITLEMENTS = App\/App\.entitlements;/,
    );
  });

  it("ask only for the permissions the product uses, and say why", () => {
    const permissions = [
      ...read("android/app/src/main/AndroidManifest.xml").matchAll(
        /<uses-permission android:name="android\.permission\.(\w+)"/g,
      ),
    ].map((m) => m[1]);
    expect(permissions.sort()).toEqual(["INTERNET", "POST_NOTIFICATIONS", "RECORD_AUDIO"]);
    expect(read("ios/App/App/Info.plist")).toMatch(
      /<key>NSMicrophoneUsageDescription<\/key>\s*<string>[^<]{20,}<\/string>/,
    );
  });

  it("declare on iOS the data the privacy policy names, and no tracking", () => {
    const manifest = read("ios/App/App/PrivacyInfo.xcprivacy");
    expect(manifest).toMatch(/<key>NSPrivacyTracking<\/key>\s*<false\/>/);
    for (const type of [
      "EmailAddress",
      "UserID",
      "OtherUserContent",
      "PurchaseHistory",
      "CrashData",
    ])
      expect(manifest).toContain(`NSPrivacyCollectedDataType${type}`);
    // The apps never load the analytics beacon (decision 015), so they declare no analytics.
    expect(manifest).not.toContain("NSPrivacyCollectedDataTypeProductInteraction");
    expect(read("ios/App/App.xcodeproj/project.pbxproj")).toMatch(
      /PrivacyInfo\.xcprivacy in Resources/,
    );
  });

  it("wire the native plugins the app uses", () => {
    const android = read("android/capacitor.settings.gradle");
    for (const plugin of ["app", "keyboard", "preferences", "splash-screen", "status-bar"])
      expect(android).toContain(`capacitor-${plugin}`);
    // Purchases go through RevenueCat's plugin to StoreKit and Google Play Billing.
    expect(android).toContain("revenuecat-purchases-capacitor");
    expect(read("ios/App/Podfile")).toContain("RevenuecatPurchasesCapacitor");
    // Notifications: FCM on Android, APNs on iOS, whose device token AppDelegate hands over.
    expect(android).toContain("capacitor-push-notifications");
    expect(read("ios/App/Podfile")).toContain("CapacitorPushNotifications");
    const delegate = read("ios/App/App/AppDelegate.swift");
    expect(delegate).toContain(".capacitorDidRegisterForRemoteNotifications");
    expect(delegate).toContain(".capacitorDidFailToRegisterForRemoteNotifications");
    expect(read("ios/App/App/App.entitlements")).toMatch(/<key>aps-environment<\/key>/);
  });
});
