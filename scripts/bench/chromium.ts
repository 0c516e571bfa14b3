import { type Browser, chromium } from 'playwright-core'

// Debian's Chromium, never a downloaded one. SwiftShader gives headless WebGL; the network flags
// stop Chromium's own background traffic, which a closed network refuses. Used by the benchmark
// and the browser tests.
export const chromiumPath = '/usr/bin/chromium'

export const chromiumFlags = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true })
}
