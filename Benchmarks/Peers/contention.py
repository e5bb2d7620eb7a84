"""How much CPU other processes used while a measurement ran.

The peer scripts in ../shared/peerbench (PyTorch and Keras timings of Vigil's workloads) import this
module to keep only the repetitions during which the machine was otherwise quiet. `make bench-peers`
puts this directory on PYTHONPATH.
"""
import os, time

def _total_busy():
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]
    return sum(parts) - idle, sum(parts)

def _own():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system

_HZ = os.sysconf("SC_CLK_TCK")
_CPUS = os.cpu_count() or 1

class Probe:
    def __enter__(self):
        self.busy0, self.total0 = _total_busy()
        self.own0 = _own()
        self.t0 = time.monotonic()
        return self
    def __exit__(self, *exc):
        busy1, total1 = _total_busy()
        wall = max(time.monotonic() - self.t0, 1e-9)
        busy = (busy1 - self.busy0) / _HZ
        own = _own() - self.own0
        self.foreign_frac = max(0.0, busy - own) / (wall * _CPUS)
        return False

def wait_quiet(max_wait=60, threshold=0.10, window=0.5):
    end = time.monotonic() + max_wait
    while time.monotonic() < end:
        with Probe() as p:
            time.sleep(window)
        if p.foreign_frac < threshold:
            return True
    return False
