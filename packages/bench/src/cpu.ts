// CPU time of a process and its descendants, read from /proc (Linux only): the bench's per-lead
// CPU rows, which a 2-core machine's noise moves far less than its throughput and latency rows.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import { treePids } from './memory.ts'

let ticksPerSecond: number | undefined
/** USER_HZ: the unit of utime and stime in /proc/<pid>/stat (100 on every Linux seen). */
const clockTicks = () => {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100
    } catch {
      ticksPerSecond = 100
    }
  }
  return ticksPerSecond
}

/** User + system CPU time of one process so far, in ms; 0 once it has exited. */
export const processCpuMs = (pid: number): number => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    // pid (comm) state ppid … : utime and stime are fields 14 and 15, the 12th and 13th after comm.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks()
  } catch {
    return 0
  }
}

/** CPU time of `pid` and every live process below it, in ms. */
export const treeCpuMs = (pid: number): number =>
  treePids(pid).reduce((sum, p) => sum + processCpuMs(p), 0)
