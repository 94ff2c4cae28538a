import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { processCpuMs, treeCpuMs } from './cpu.ts'

const spin = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end);
}

describe('CPU time from /proc', () => {
  it('counts the CPU a process spent, not the time it waited', async () => {
    const before = processCpuMs(process.pid)
    spin(300)
    const afterSpin = processCpuMs(process.pid)
    await new Promise((r) => setTimeout(r, 300))
    const afterSleep = processCpuMs(process.pid)
    expect(afterSpin - before).toBeGreaterThanOrEqual(200)
    expect(afterSleep - afterSpin).toBeLessThan(100)
  })

  it('adds the children of a process, and counts an exited process as 0', async () => {
    const child = spawn(process.execPath, [
      '-e',
      'const end = Date.now() + 400; while (Date.now() < end); setTimeout(() => {}, 5000)',
    ])
    await new Promise((r) => setTimeout(r, 700))
    const own = processCpuMs(process.pid)
    const tree = treeCpuMs(process.pid)
    expect(processCpuMs(child.pid!)).toBeGreaterThanOrEqual(300)
    expect(tree - own).toBeGreaterThanOrEqual(300)
    child.kill('SIGKILL')
    await new Promise((r) => child.once('exit', r))
    expect(processCpuMs(child.pid!)).toBe(0)
  })
})
