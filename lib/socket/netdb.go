package socket

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"sync"
)

// This file reads the files the C library's netdb functions read:
// /etc/services and /etc/protocols (both are fixed for a process's life,
// so each is read once).

type service struct {
	names []string // the official name first, then aliases
	port  int
	proto string
}

var (
	servicesOnce sync.Once
	services     []service
	protosOnce   sync.Once
	protocols    []service // port holds the protocol number
)

// readTable reads a netdb file's lines: a name, a field, aliases.
func readTable(path string, each func(fields []string)) {
	f, err := os.Open(path)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if fields := strings.Fields(line); len(fields) >= 2 {
			each(fields)
		}
	}
}

func loadServices() []service {
	servicesOnce.Do(func() {
		readTable("/etc/services", func(f []string) {
			portProto := strings.SplitN(f[1], "/", 2)
			if len(portProto) != 2 {
				return
			}
			port, err := strconv.Atoi(portProto[0])
			if err != nil {
				return
			}
			services = append(services, service{names: append([]string{f[0]}, f[2:]...), port: port, proto: portProto[1]})
		})
	})
	return services
}

// lookupService finds a service by name (or alias) and protocol (""
// for any): its port and protocol.
func lookupService(name, proto string) (int, string, bool) {
	for _, s := range loadServices() {
		if proto != "" && s.proto != proto {
			continue
		}
		for _, n := range s.names {
			if n == name {
				return s.port, s.proto, true
			}
		}
	}
	return 0, "", false
}

// serviceName finds a port's service name for protocol ("" for any).
func serviceName(port int, proto string) (string, bool) {
	for _, s := range loadServices() {
		if s.port == port && (proto == "" || s.proto == proto) {
			return s.names[0], true
		}
	}
	return "", false
}

func lookupProtocol(name string) (int, bool) {
	protosOnce.Do(func() {
		readTable("/etc/protocols", func(f []string) {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return
			}
			protocols = append(protocols, service{names: append([]string{f[0]}, f[2:]...), port: n})
		})
	})
	for _, p := range protocols {
		for _, n := range p.names {
			if n == name {
				return p.port, true
			}
		}
	}
	return 0, false
}
