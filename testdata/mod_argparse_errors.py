# argparse errors that escape: bad argument definitions.
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_argument('-f', '--foo')
p.add_argument('--foo')
### "argparse.ArgumentError: argument --foo: conflicting option string: --foo"
---
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_argument('-f', '--foo')
p.add_argument('-f', '--foo')
### "argparse.ArgumentError: argument -f/--foo: conflicting option strings: -f, --foo"
---
import argparse
argparse.ArgumentParser().add_argument('--x', nargs='x')
### "ValueError: invalid nargs value"
---
import argparse
argparse.ArgumentParser().add_argument('--x', action='foo')
### "ValueError: unknown action \"foo\""
---
import argparse
argparse.ArgumentParser().add_argument('--x', action='store_true', nargs=1)
### "TypeError: _StoreTrueAction.__init__\(\) got an unexpected keyword argument 'nargs'"
---
import argparse
argparse.ArgumentParser().add_argument('--x', type=3)
### "ValueError: 3 is not callable"
---
import argparse
argparse.ArgumentParser().add_argument('--x', nargs=0)
### "ValueError: nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate"
---
import argparse
argparse.ArgumentParser().add_argument('--x', const=1)
### "ValueError: nargs must be '\?' to supply const"
---
import argparse
argparse.ArgumentParser().add_argument('--x', 'y')
### "ValueError: invalid option string 'y': must start with a character '-'"
---
import argparse
argparse.ArgumentParser().add_argument('-')
### "ValueError: dest= is required for options like '-'"
---
import argparse
argparse.ArgumentParser().add_argument('q', required=True)
### "TypeError: 'required' is an invalid argument for positionals"
---
import argparse
argparse.ArgumentParser().add_argument('q', dest='r')
### "ValueError: dest supplied twice for positional argument"
---
import argparse
argparse.ArgumentParser().add_argument('--x', nargs=2, metavar=('A', 'B', 'C'))
### "ValueError: length of metavar tuple does not match nargs"
---
import argparse
argparse.ArgumentParser().add_argument('--x', action='append', nargs=0)
### "ValueError: nargs for append actions must be != 0"
---
import argparse
g = argparse.ArgumentParser().add_mutually_exclusive_group()
g.add_argument('--x', required=True)
### "ValueError: mutually exclusive arguments must be optional"
---
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_argument('n', type=int)
p.parse_args(['x'])
### "p: error: argument n: invalid int value: 'x'"
---
import argparse
p = argparse.ArgumentParser(prog='p', exit_on_error=False)
p.add_argument('--n', type=int)
p.parse_args(['--n', 'x'])
### "argparse.ArgumentError: argument --n: invalid int value: 'x'"
---
import argparse
argparse.ArgumentParser(prog='p').error('bad thing')
### "usage: p \[-h\]\np: error: bad thing"
---
import argparse
argparse.Action([], 'x')(None, None, None)
### "NotImplementedError: .__call__\(\) not defined"
---
import argparse
p = argparse.ArgumentParser()
p.add_argument('x', nargs=2, metavar=('A', 'B'))
p.add_mutually_exclusive_group()
p.format_help()
### "ValueError: too many values to unpack \(expected 1\)"
---
import argparse
p = argparse.ArgumentParser()
p.add_mutually_exclusive_group()
p.format_usage()
### "ValueError: empty group <argparse._MutuallyExclusiveGroup object at 0x[0-9a-f]+>"
---
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_argument('--bad', help='50% off')
p.format_help()
### "TypeError: %o format: an integer is required, not dict"
---
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_subparsers()
p.add_subparsers()
### "p: error: cannot have multiple subparser arguments"
---
import argparse
p = argparse.ArgumentParser(prog='p')
s = p.add_subparsers()
s.add_parser('a')
s.add_parser('a')
### "argparse.ArgumentError: argument {a}: conflicting subparser: a"
---
import argparse
p = argparse.ArgumentParser(prog='p')
p.add_argument('r', nargs=argparse.REMAINDER)
p.parse_intermixed_args([])
### "TypeError: parse_intermixed_args: positional arg with nargs=\.\.\."
