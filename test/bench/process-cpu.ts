import { readdirSync, readFileSync } from 'node:fs';

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] state, [1] ppid, … */
const statFields = (pid: number) => {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
};

// utime and stime are fields 14 and 15 of stat (man 5 proc), in clock ticks: 100 per second on Linux.
const cpuMsOf = (pid: number) => {
  const f = statFields(pid);
  return (Number(f[11]) + Number(f[12])) * 10;
};

/** This process's descendants whose command line contains `marker` (Linux /proc; empty elsewhere). */
const descendantsMatching = (marker: string): number[] => {
  let pids: number[];
  try {
    pids = readdirSync('/proc')
      .filter((d) => /^\d+$/.test(d))
      .map(Number);
  } catch {
    return [];
  }
  const parentOf = new Map<number, number>();
  for (const pid of pids) {
    try {
      parentOf.set(pid, Number(statFields(pid)[1]));
    } catch {
      // the process ended while we listed it
    }
  }
  const isDescendant = (pid: number) => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p))
      if (p === process.pid) return true;
    return false;
  };
  return pids.filter((pid) => {
    if (!isDescendant(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
    } catch {
      return false;
    }
  });
};

export interface CpuSplit {
  /** This Node process: gateway, handlers, background consumers, SDK clients and the bench's own client. */
  nodeMs: number;
  /** DynamoDB Local's Java process; undefined where it cannot be read. */
  dynamoMs: number | undefined;
}

/**
 * Starts counting CPU time, split between this process and DynamoDB Local (found among this process's
 * descendants at each start); the returned function reads what was spent since. Less sensitive to other
 * work on the machine than latency: it counts work done, not time spent waiting for a core.
 */
export const cpuSince = (): (() => CpuSplit) => {
  const java = descendantsMatching('DynamoDBLocal.jar').filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('java');
    } catch {
      return false;
    }
  });
  const javaMs = () => (java.length ? java.reduce((sum, pid) => sum + cpuMsOf(pid), 0) : undefined);
  const node = process.cpuUsage();
  const dynamo = javaMs();
  return () => {
    const used = process.cpuUsage(node);
    const after = javaMs();
    return {
      nodeMs: (used.user + used.system) / 1000,
      dynamoMs: after === undefined || dynamo === undefined ? undefined : after - dynamo,
    };
  };
};
