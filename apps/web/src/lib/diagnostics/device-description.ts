/** The coarse family and major version of the OS and the browser, never the whole user agent. */
export function describeDevice(userAgent: string): { os: string; browser: string } {
  const os = /Android (\d+)/.exec(userAgent)
    ? `Android ${/Android (\d+)/.exec(userAgent)?.[1]}`
    : /iPhone|iPad|iPod/.test(userAgent)
      ? `iOS ${/OS (\d+)_/.exec(userAgent)?.[1] ?? ""}`.trim()
      : /Mac OS X/.test(userAgent)
        ? "macOS"
        : /Windows/.test(userAgent)
          ? "Windows"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "other";
  const version = (pattern: RegExp) => pattern.exec(userAgent)?.[1] ?? "";
  const browser = /Edg\//.test(userAgent)
    ? `Edge ${version(/Edg\/(\d+)/)}`
    : /Firefox\//.test(userAgent)
      ? `Firefox ${version(/Firefox\/(\d+)/)}`
      : /Chrome\//.test(userAgent)
        ? `Chrome ${version(/Chrome\/(\d+)/)}`
        : /Safari\//.test(userAgent)
          ? `Safari ${version(/Version\/(\d+)/)}`
          : "other";
  return { os, browser: browser.trim() };
}
