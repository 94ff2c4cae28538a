export type ChromiumLookup = {
  /** The browser found, and where the lookup found it. */
  found?: string
  from?: 'CHROMIUM_PATH' | 'PATH' | 'default'
  /** CHROMIUM_PATH named this file, and it is not an executable file. */
  missing?: string
}
type Env = Record<string, string | undefined>
export declare const DEBIAN_CHROMIUM: string
export declare const INSTALL_COMMAND: string
export declare const findChromium: (env?: Env, exists?: (file: string) => boolean) => ChromiumLookup
export declare const chromiumProblem: (lookup: ChromiumLookup) => string | undefined
export declare const chromiumPath: (env?: Env) => string
export declare const chromiumLaunchOptions: (env?: Env) => {
  executablePath: string
  args: string[]
}
export declare const ensureChromium: (options?: {
  env?: Env
  log?: (message: string) => void
}) => { path: string } | { stop: string }
