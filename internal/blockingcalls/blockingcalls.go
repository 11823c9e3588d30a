// Package blockingcalls lists small Python programs that end in a
// blocking call (sleep, lock waits, join, queue.get, reads of an empty
// standard input or pipe), for the tests that check each call wakes up
// when interrupted: by SIGINT (cmd/ftpy) and by an embedder's context
// (the root package).
package blockingcalls

// Programs returns a fresh map from a case's name to its program. Each
// program blocks for good (or for 30 s) unless interrupted; those that
// read standard input need one that never has data.
func Programs() map[string]string {
	return map[string]string{
		"sleep":          "import time\ntime.sleep(30)\n",
		"lock":           "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()\n",
		"lock timeout":   "import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire(timeout=30)\n",
		"rlock":          "import threading\nl = threading.RLock()\nt = threading.Thread(target=l.acquire)\nt.start(); t.join()\nl.acquire()\n",
		"condition":      "import threading\nc = threading.Condition()\nwith c:\n    c.wait()\n",
		"event":          "import threading\nthreading.Event().wait()\n",
		"semaphore":      "import threading\nthreading.Semaphore(0).acquire()\n",
		"join":           "import threading, time\nt = threading.Thread(target=time.sleep, args=(3,), daemon=True)\nt.start()\nt.join()\n",
		"queue":          "import queue\nqueue.Queue().get()\n",
		"queue timeout":  "import queue\nqueue.Queue().get(timeout=30)\n",
		"stdin read":     "import sys\nsys.stdin.read()\n",
		"input":          "input()\n",
		"os.read pipe":   "import os\nr, w = os.pipe()\nos.read(r, 10)\n",
		"select":         "import select, os\nr, w = os.pipe()\nselect.select([r], [], [])\n",
		"select timeout": "import select, os\nr, w = os.pipe()\nselect.select([r], [], [], 30)\n",
		"poll":           "import select, os\nr, w = os.pipe()\np = select.poll()\np.register(r)\np.poll()\n",
		"epoll":          "import select, os\nr, w = os.pipe()\ne = select.epoll()\ne.register(r)\ne.poll(30)\n",
		"signal.pause":   "import _signal\n_signal.pause()\n",
	}
}
