// This file lists the module's integer constants: the open flags, the
// access and seek modes, wait options, exit codes (sysexits.h) and
// dlopen flags, with Linux's values (from x/sys/unix where it has them).

package posix

import "golang.org/x/sys/unix"

// intConstant is one integer constant of the module.
type intConstant struct {
	name  string
	value int
}

var intConstants = []intConstant{
	{"EX_CANTCREAT", 73},
	{"EX_CONFIG", 78},
	{"EX_DATAERR", 65},
	{"EX_IOERR", 74},
	{"EX_NOHOST", 68},
	{"EX_NOINPUT", 66},
	{"EX_NOPERM", 77},
	{"EX_NOUSER", 67},
	{"EX_OK", 0},
	{"EX_OSERR", 71},
	{"EX_OSFILE", 72},
	{"EX_PROTOCOL", 76},
	{"EX_SOFTWARE", 70},
	{"EX_TEMPFAIL", 75},
	{"EX_UNAVAILABLE", 69},
	{"EX_USAGE", 64},
	{"F_OK", unix.F_OK},
	{"NGROUPS_MAX", 65536},
	{"O_ACCMODE", unix.O_ACCMODE},
	{"O_APPEND", unix.O_APPEND},
	{"O_ASYNC", unix.O_ASYNC},
	{"O_CLOEXEC", unix.O_CLOEXEC},
	{"O_CREAT", unix.O_CREAT},
	{"O_DIRECT", unix.O_DIRECT},
	{"O_DIRECTORY", unix.O_DIRECTORY},
	{"O_DSYNC", unix.O_DSYNC},
	{"O_EXCL", unix.O_EXCL},
	{"O_FSYNC", unix.O_FSYNC},
	{"O_LARGEFILE", unix.O_LARGEFILE},
	{"O_NDELAY", unix.O_NDELAY},
	{"O_NOATIME", unix.O_NOATIME},
	{"O_NOCTTY", unix.O_NOCTTY},
	{"O_NOFOLLOW", unix.O_NOFOLLOW},
	{"O_NONBLOCK", unix.O_NONBLOCK},
	{"O_PATH", unix.O_PATH},
	{"O_RDONLY", unix.O_RDONLY},
	{"O_RDWR", unix.O_RDWR},
	{"O_RSYNC", unix.O_RSYNC},
	{"O_SYNC", unix.O_SYNC},
	{"O_TMPFILE", unix.O_TMPFILE},
	{"O_TRUNC", unix.O_TRUNC},
	{"O_WRONLY", unix.O_WRONLY},
	{"RTLD_DEEPBIND", 8},
	{"RTLD_GLOBAL", 256},
	{"RTLD_LAZY", 1},
	{"RTLD_LOCAL", 0},
	{"RTLD_NODELETE", 4096},
	{"RTLD_NOLOAD", 4},
	{"RTLD_NOW", 2},
	{"R_OK", 4},
	{"SEEK_DATA", unix.SEEK_DATA},
	{"SEEK_HOLE", unix.SEEK_HOLE},
	{"TMP_MAX", 238328},
	{"WCONTINUED", unix.WCONTINUED},
	{"WEXITED", unix.WEXITED},
	{"WNOHANG", unix.WNOHANG},
	{"WNOWAIT", unix.WNOWAIT},
	{"WSTOPPED", unix.WSTOPPED},
	{"WUNTRACED", unix.WUNTRACED},
	{"W_OK", 2},
	{"X_OK", 1},
}
