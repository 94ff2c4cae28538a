// Peak memory of a process and its descendants, read from /proc (Linux only).
import fs from 'node:fs'

const readStatus = (pid: number): string | null => {
  try {
    return fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return null
  }
}

const kbField = (status: string | null, field: string): number => {
  const m = status?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
  return m ? Number(m[1]) * 1024 : 0
}

/** Resident memory now, and the process's own high-water mark (VmHWM), in bytes. */
export const processMemory = (pid: number) => {
  const status = readStatus(pid)
  return { rss: kbField(status, 'VmRSS'), hwm: kbField(status, 'VmHWM') }
}

/** `pid` and every process below it. */
export const treePids = (pid: number): number[] => {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      // pid (comm) state ppid …: comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const list = children.get(ppid) ?? []
      list.push(Number(entry))
      children.set(ppid, list)
    } catch {
      /* exited meanwhile */
    }
  }
  const out: number[] = []
  const queue = [pid]
  while (queue.length) {
    const p = queue.shift()!
    out.push(p)
    queue.push(...(children.get(p) ?? []))
  }
  return out
}

export const treeRss = (pid: number): number =>
  treePids(pid).reduce((sum, p) => sum + processMemory(p).rss, 0)

/**
 * Samples the RSS of a process tree every `intervalMs` until stopped. The peak of the sum is what
 * the machine had to hold at once; `hwm` is the main process's own high-water mark (exact, not
 * sampled), read at the last sample before it exited.
 */
export const sampleTree = (pid: number, intervalMs = 250) => {
  let peakTree = 0
  let hwm = 0
  const tick = () => {
    peakTree = Math.max(peakTree, treeRss(pid))
    hwm = Math.max(hwm, processMemory(pid).hwm)
  }
  tick()
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  return {
    /** Current figures without stopping. */
    peek: () => {
      tick()
      return { peakTreeBytes: peakTree, hwmBytes: hwm }
    },
    stop: () => {
      tick()
      clearInterval(timer)
      return { peakTreeBytes: peakTree, hwmBytes: hwm }
    },
  }
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
