package object

import "syscall"

// systemMemory returns the bytes this process could hold at most: RAM
// and swap, or its address-space or data rlimit when lower; 0 if unknown.
func systemMemory() int64 {
	var n int64
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil {
		n = int64((si.Totalram + si.Totalswap) * uint64(si.Unit))
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur < 1<<62 && (n == 0 || int64(rl.Cur) < n) {
			n = int64(rl.Cur)
		}
	}
	return n
}
