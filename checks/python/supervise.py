"""Runs one of the learner's commands so that nothing it starts outlives it.

Usage: python -I -S supervise.py PARENT_PID COMMAND [ARGS...]   (stdin, stdout, stderr passed through)

Linux: this process becomes a child subreaper (prctl PR_SET_CHILD_SUBREAPER), so every process the
command starts - even one that left with setsid or a double fork - stays below it. When the command
ends, on SIGTERM/SIGINT/SIGHUP from mlops-tutor, or when mlops-tutor itself dies (PR_SET_PDEATHSIG),
every descendant is killed, then this process exits with the command's status.

Elsewhere (macOS has no subreaper): the command runs in this process's group, which mlops-tutor kills
when it ends; a process that leaves the group is found by its marker on the next start of `check`.
"""

import os
import sys
import time

# _signal is the C module under `signal`, without its enums: `import signal` cost 6 ms and
# `import subprocess` 7 ms of a start that runs once per command of every check (-X importtime).
import _signal as signal

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
LINUX = sys.platform.startswith("linux")


def prctl(option, value):
    try:
        import ctypes  # Linux only: macOS has no prctl

        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def process_table():
    """{pid: (parent pid, state)} from /proc; zombies are dead already and only wait to be reaped."""
    table = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % name, "rb") as handle:
                data = handle.read()
            fields = data[data.rindex(b")") + 2:].split()
            table[int(name)] = (int(fields[1]), fields[0])
        except (OSError, ValueError, IndexError):
            continue
    return table


def descendants():
    table = process_table()
    children = {}
    for pid, (parent, state) in table.items():
        children.setdefault(parent, []).append((pid, state))
    found, frontier = [], [os.getpid()]
    while frontier:
        for pid, state in children.get(frontier.pop(), []):
            frontier.append(pid)
            if state != b"Z":
                found.append(pid)
    return found


def reap_zombies():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_descendants():
    """SIGKILL everything below us until nothing is left (killed parents hand their children to us)."""
    if not SUBREAPER:
        return
    for _ in range(200):
        alive = descendants()
        if not alive:
            break
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.01)
        reap_zombies()
    reap_zombies()


def stop(signum, _frame):
    kill_descendants()
    if not SUBREAPER:
        # No subreaper: the whole group goes, this process with it.
        os.killpg(os.getpgrp(), signal.SIGKILL)
    os._exit(128 + signum)


SUBREAPER = False


def spawn(argv):
    """The command's pid. Python ignores SIGPIPE and SIGXFSZ at start and an ignored signal stays
    ignored across exec: the command gets them back as default, as subprocess does. Our descriptors
    are not inherited (Python opens them close-on-exec); stdin, stdout and stderr are."""
    defaults = [getattr(signal, name) for name in ("SIGPIPE", "SIGXFSZ") if hasattr(signal, name)]
    if hasattr(os, "posix_spawnp"):
        return os.posix_spawnp(argv[0], argv, os.environ, setsigdef=defaults)
    import subprocess

    return subprocess.Popen(argv, close_fds=True).pid


def main():
    global SUBREAPER
    parent, argv = int(sys.argv[1]), sys.argv[2:]
    if LINUX:
        SUBREAPER = prctl(PR_SET_CHILD_SUBREAPER, 1)
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    if os.getppid() != parent:
        return 128 + signal.SIGTERM  # mlops-tutor died before the death signal was armed
    try:
        child = spawn(argv)
    except OSError as error:
        sys.stderr.write("%s: %s\n" % (argv[0], error.strerror))
        return 127
    # Wait for any child: adopted orphans are reaped as they die, the command's status ends the wait.
    while True:
        try:
            pid, status = os.waitpid(-1, 0)
        except ChildProcessError:
            status = 0
            break
        if pid == child:
            break
    kill_descendants()
    if os.WIFSIGNALED(status):
        signum = os.WTERMSIG(status)
        # Die the same way, so mlops-tutor sees the signal rather than an exit code.
        if signum != signal.SIGKILL:
            signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return 128 + signum
    return os.WEXITSTATUS(status) if os.WIFEXITED(status) else 1


if __name__ == "__main__":
    sys.exit(main())
