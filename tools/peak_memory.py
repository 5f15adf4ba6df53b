"""The peak memory of this process, in MB, as the benchmark reports it.

Linux keeps getrusage's ru_maxrss across exec (it lives in the signal struct), so a child
started by the benchmark, which holds the journals it built, reported the benchmark's own
peak (run H showed 191 MB for every start; the app itself had 113 MB). VmHWM belongs to
the process's own address space, made new at exec.
"""

from __future__ import annotations

import resource

PEAK_RSS_MB = """
def peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def peak_rss_mb() -> float:
    """The high-water mark of this process's resident memory since it was started."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
