# argparse: parsing, defaults, actions, help and usage layout, errors.
import os
os.environ['COLUMNS'] = '80'
import argparse
import contextlib
import io


def run(parser, args):
    """Parses args; prints the namespace, or the exit code and what went
    to stdout and stderr."""
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print('exit', e.code)
        if out.getvalue():
            print('stdout:')
            print(out.getvalue(), end='')
        if err.getvalue():
            print('stderr:')
            print(err.getvalue(), end='')
        return None
    print(ns)
    return ns


def known(parser, args):
    ns, rest = parser.parse_known_args(args)
    print(ns, rest)


print('== basics')
p = argparse.ArgumentParser(prog='prog')
p.add_argument('--foo', help='foo of the bar')
p.add_argument('-v', '--verbose', action='store_true', help='be loud')
p.add_argument('bar', help='a bar')
run(p, ['x'])
run(p, ['x', '--foo', 'F'])
run(p, ['--foo=F', 'x', '-v'])
run(p, ['--verbose', '--', '-x'])
run(p, ['--fo', 'abbrev', 'y'])
run(p, [])
run(p, ['a', 'b'])
run(p, ['a', '--foo'])
run(p, ['a', '--nope'])
run(p, ['-h'])
run(p, ['a', '--help', '--foo'])
run(p, ['--verbose=1', 'a'])
print(repr(p.format_usage()))
print(p.format_help(), end='')
print('--')
p.print_usage()
p.print_help()
known(p, ['a', '--zz', 'b', '-q'])

print('== dest and metavar')
p = argparse.ArgumentParser(prog='d')
p.add_argument('--dry-run', action='store_true')
p.add_argument('-x', '--x-ray', dest='xr', metavar='RAY')
p.add_argument('-n')
p.add_argument('--two', nargs=2, metavar=('A', 'B'))
p.add_argument('files', nargs='*', metavar='FILE')
run(p, ['--dry-run', '-nVALUE', '--two', '1', '2', 'a', 'b'])
run(p, ['-x', 'r', '-n', '-5'])
run(p, ['-n'])
run(p, ['--two', '1'])
print(p.format_help(), end='')

print('== types and choices')
p = argparse.ArgumentParser(prog='t')
p.add_argument('--n', type=int, default=3)
p.add_argument('--f', type=float)
p.add_argument('--s', default='7', type=int)
p.add_argument('c', choices=['a', 'b'])
p.add_argument('--level', type=int, choices=range(1, 4))
run(p, ['a'])
run(p, ['b', '--n', '42', '--f', '2.5', '--level', '2'])
run(p, ['a', '--n', 'x'])
run(p, ['z'])
run(p, ['a', '--level', '9'])
run(p, ['a', '--f', 'nan?'])


def pair(s):
    a, b = s.split(',')
    return (int(a), int(b))


def positive(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return v


p = argparse.ArgumentParser(prog='t2')
p.add_argument('--pair', type=pair)
p.add_argument('--pos', type=positive)
run(p, ['--pair', '1,2', '--pos', '3'])
run(p, ['--pair', '1'])
run(p, ['--pos', '-1'])
run(p, ['--pos=0'])

print('== actions')
p = argparse.ArgumentParser(prog='a')
p.add_argument('-v', action='count', default=0)
p.add_argument('-q', action='count')
p.add_argument('-i', '--include', action='append')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--flag', action='append_const', const='F', dest='flags')
p.add_argument('--ext', action='extend', nargs='+', type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='+')
p.add_argument('--version', action='version', version='%(prog)s 1.2')
run(p, [])
run(p, ['-vvv', '-v', '-q', '-i', 'a', '-ib', '--include=c', '--const'])
run(p, ['--no-color', '--flag', '--flag', '--ext', '1', '2', '--ext', '3'])
run(p, ['--opt'])
run(p, ['--opt', 'X', '--many', 'a', 'b'])
run(p, ['--many'])
run(p, ['--version'])
run(p, ['-vx'])
print(p.format_help(), end='')
ns = argparse.Namespace()
p.parse_args(['-v'], namespace=ns)
print(ns)

print('== nargs positionals')
p = argparse.ArgumentParser(prog='n')
p.add_argument('first')
p.add_argument('middle', nargs='?', default='M')
p.add_argument('rest', nargs='+')
run(p, ['a', 'b'])
run(p, ['a', 'b', 'c', 'd'])
run(p, ['a'])
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='n2')
p.add_argument('xs', nargs=2, type=int)
p.add_argument('-o')
p.add_argument('ys', nargs='*', default=[0])
run(p, ['1', '2'])
run(p, ['1', '-o', 'o', '2', '3'])
run(p, ['1', '2', '-o', 'o', '3'])
run(p, ['1'])
run(p, ['--', '1', '-2', '-3'])
run(p, ['1', 'x'])

print('== required and missing')
p = argparse.ArgumentParser(prog='r')
p.add_argument('bar')
p.add_argument('baz')
p.add_argument('--need', required=True)
run(p, [])
run(p, ['1', '2'])
run(p, ['1', '2', '--need', 'n'])
print(p.format_help(), end='')

print('== help layout')
p = argparse.ArgumentParser(
    prog='layout',
    description='A description that is long enough that it has to be wrapped '
                'over several lines of the help output, which is eighty '
                'columns wide.',
    epilog='And the epilog,   with    odd spacing\n and newlines.')
p.add_argument('--a-very-long-option-name-indeed', metavar='VALUE',
               help='help that starts on the next line because the option '
                    'is wide, and wraps')
p.add_argument('-s', help='short with %(default)s and %(prog)s', default=5)
p.add_argument('--choice', choices=['red', 'green'], help='one of %(choices)s')
p.add_argument('--nohelp')
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('pos', help='positional with a self-explanatory, well-hyphenated '
                           'description-text that wraps at the column limit')
g = p.add_argument_group('extra', 'Options grouped together.')
g.add_argument('--gx', type=int, help='in a group')
g2 = p.add_argument_group('untitled-desc')
g2.add_argument('--gy', action='store_true')
print(p.format_help(), end='')
run(p, ['x', '--gx', '3'])

print('== long usage')
p = argparse.ArgumentParser(prog='wrapper')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']:
    p.add_argument('--' + name, help='the %s option' % name)
p.add_argument('--req', required=True)
p.add_argument('source')
p.add_argument('destinations', nargs='+')
print(p.format_usage(), end='')
print(p.format_help(), end='')
p = argparse.ArgumentParser(prog='a-program-name-that-is-rather-long-indeed-and-longer-still')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon']:
    p.add_argument('--' + name)
p.add_argument('src')
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='a-program-name-that-is-rather-long-indeed-and-longer-still')
p.add_argument('--alpha')
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='onlypos')
for name in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda']:
    p.add_argument(name)
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='nohelp', add_help=False)
print(repr(p.format_usage()), repr(p.format_help()))
p = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] file')
p.add_argument('file')
print(p.format_help(), end='')
run(p, [])

print('== mutually exclusive')
p = argparse.ArgumentParser(prog='m')
g = p.add_mutually_exclusive_group()
g.add_argument('-a', action='store_true')
g.add_argument('-b', action='store_true')
p.add_argument('--c')
run(p, ['-a'])
run(p, ['-a', '-b'])
print(p.format_usage(), end='')
p = argparse.ArgumentParser(prog='m2')
g = p.add_mutually_exclusive_group(required=True)
g.add_argument('--x', type=int)
g.add_argument('--y', action='store_const', const=1)
run(p, [])
run(p, ['--x', '1'])
print(p.format_help(), end='')

print('== namespace')
ns = argparse.Namespace(b=1, a='x')
print(ns, 'a' in ns, 'z' in ns, ns == argparse.Namespace(a='x', b=1), ns != argparse.Namespace())
setattr(ns, 'odd-name', 3)
print(ns)
print(vars(argparse.Namespace(k=[1])))

print('== exit_on_error and errors')
p = argparse.ArgumentParser(prog='e', exit_on_error=False)
p.add_argument('--n', type=int)
try:
    p.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e, '|', e.argument_name, '|', e.message)
err = io.StringIO()
try:
    with contextlib.redirect_stderr(err):
        p.error('custom trouble')
except SystemExit as e:
    print('exit', e.code, repr(err.getvalue()))
out = io.StringIO()
p.print_help(out)
print(out.getvalue().splitlines()[0])
p.print_usage(out)
print(repr(argparse.SUPPRESS), argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE)
a = argparse.ArgumentParser(prog='x').add_argument('--foo', '-f', type=int)
print(a)
print(a.dest, a.option_strings, a.type is int)
p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('--v')
run(p, ['-1'])
run(p, ['--v', '-1'])
p = argparse.ArgumentParser(prog='defaults')
p.add_argument('--a', default=1)
p.set_defaults(a=5, other='o')
print(p.get_default('a'), p.get_default('other'))
run(p, [])
p = argparse.ArgumentParser(prog='ambig')
p.add_argument('--apple')
p.add_argument('--apricot')
run(p, ['--ap', 'x'])
run(p, ['--app', 'x'])
p = argparse.ArgumentParser(prog='conflict', conflict_handler='resolve')
p.add_argument('-f', '--foo', help='old')
p.add_argument('--foo', help='new')
print(p.format_help(), end='')

print('== subcommands')
p = argparse.ArgumentParser(prog='git')
p.add_argument('-C', dest='where')
sub = p.add_subparsers(dest='command', help='what to do')
c = sub.add_parser('commit', help='record changes', aliases=['ci'])
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
c.set_defaults(handler='do_commit')
s = sub.add_parser('status', help='show the working tree status')
s.add_argument('paths', nargs='*')
sub.add_parser('gc')
run(p, ['commit', '-m', 'msg'])
run(p, ['-C', 'dir', 'ci', '--amend', '-m', 'x'])
run(p, ['status', 'a', 'b'])
run(p, ['status', '--short'])
run(p, ['push'])
run(p, [])
run(p, ['commit'])
run(p, ['commit', '-h'])
print(p.format_help(), end='')
print(c.format_help(), end='')
known(p, ['gc', '--aggressive'])
p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(title='commands', description='the commands', required=True, metavar='CMD')
sub.add_parser('one', help='first')
sub.add_parser('two', help='second')
run(p, [])
run(p, ['two'])
print(p.format_help(), end='')

print('== more features')
print(argparse.__all__)
import os as _os
path = 'mod_argparse_args.tmp'
with open(path, 'w') as f:
    f.write('--name\nfrom file\nextra\n')
try:
    p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
    p.add_argument('--name')
    p.add_argument('rest', nargs='*')
    run(p, ['@' + path, 'x'])
    r = argparse.FileType('r')
    print(r, argparse.FileType('wb', 0, encoding='utf-8'), argparse.FileType(errors='strict'))
    p = argparse.ArgumentParser(prog='ft')
    p.add_argument('infile', type=argparse.FileType('r'))
    p.add_argument('--missing', type=argparse.FileType('r'))
    ns = p.parse_args([path])
    print(ns.infile.read().splitlines())
    ns.infile.close()
    run(p, [path, '--missing', 'no/such/file'])
finally:
    _os.remove(path)

p = argparse.ArgumentParser(prog='bool')
p.add_argument('--color', action=argparse.BooleanOptionalAction, default=True, help='use colour')
p.add_argument('--x', action=argparse.BooleanOptionalAction)
run(p, [])
run(p, ['--no-color', '--x'])
print(p.format_help(), end='')

p = argparse.ArgumentParser(prog='rem')
p.add_argument('--v', action='store_true')
p.add_argument('cmd')
p.add_argument('args', nargs=argparse.REMAINDER)
run(p, ['ls', '-l', '--v', 'x'])
print(p.format_usage(), end='')

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--common', default='c')
child = argparse.ArgumentParser(prog='child', parents=[parent], argument_default=0)
child.add_argument('--own')
run(child, ['--common', 'x'])
run(child, [])

p = argparse.ArgumentParser(prog='noabbrev', allow_abbrev=False)
p.add_argument('--long')
run(p, ['--lo', 'x'])
p = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
p.add_argument('+x', action='store_true')
p.add_argument('++yes', '-y')
run(p, ['+x', '++yes', '1'])
print(p.format_help(), end='')

for cls in [argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter, argparse.MetavarTypeHelpFormatter]:
    p = argparse.ArgumentParser(prog='fmt', formatter_class=cls,
                                description='Raw\n   text\n\n  kept', epilog='end')
    p.add_argument('--n', type=int, default=4, help='a number\n  on two lines')
    p.add_argument('s', type=str, nargs='?', help='a string')
    print(cls.__name__)
    print(p.format_help(), end='')

print('== odds and ends')
p = argparse.ArgumentParser(prog='p', description='d')
print(p)
print(argparse.HelpFormatter, argparse.ArgumentError, argparse.Namespace.__module__)
print(repr(argparse.ArgumentError(None, 'm')), str(argparse.ArgumentError(None, 'm')))
e = io.StringIO()
try:
    with contextlib.redirect_stderr(e):
        p.exit(3, 'bye\n')
except SystemExit as x:
    print(x.code, repr(e.getvalue()))
p.add_argument('--pct', help='100%% sure, default %(default)r, type %(type)s', type=int, default=3)
p.add_argument('--bad', help='50% off')
try:
    p.format_help()
except Exception as x:
    print(type(x).__name__, x)
print(argparse.Namespace(a=1) == {'a': 1}, argparse.Namespace(a=1) != argparse.Namespace(a=2))
try:
    hash(argparse.Namespace())
except TypeError as x:
    print(x)
ns = p.parse_args(['--pct', '5'])
print(ns, type(ns).__name__)
print(p.parse_args([], namespace=argparse.Namespace(pct=9)))
class C: pass
c = C()
print(p.parse_args(['--bad', 'x'], namespace=c) is c, c.bad, c.pct)
print(repr(p.format_usage()))
print(p._get_optional_actions() if hasattr(p, '_get_optional_actions') else 'no')
print(argparse.ArgumentParser(prog='q', usage=argparse.SUPPRESS).format_help())
p = argparse.ArgumentParser(prog='q', usage=argparse.SUPPRESS)
p.add_argument('x')
e = io.StringIO()
try:
    with contextlib.redirect_stderr(e):
        p.parse_args([])
except SystemExit as x:
    print(x.code, repr(e.getvalue()))
print(repr(p.format_usage()))
sp = p.add_subparsers()
a = sp.add_parser('a')
print(repr(a.prog))
p = argparse.ArgumentParser(prog='n')
p.add_argument('-1', action='store_true')
p.add_argument('--v')
for args in [['-1'], ['--v', '-2'], ['--v', '-.5'], ['-1.5']]:
    try:
        with contextlib.redirect_stderr(e):
            print(p.parse_args(args))
    except SystemExit as x:
        print('exit', x.code)
p = argparse.ArgumentParser(prog='n')
p.add_argument('--v')
p.add_argument('x', nargs='?')
for args in [['--v', '-2'], ['-.5'], ['-5.'], ['-1e3'], ['--v=-3']]:
    try:
        with contextlib.redirect_stderr(e):
            print(p.parse_args(args))
    except SystemExit as x:
        print('exit', x.code)
print(e.getvalue())

print('== intermixed')

def irun(p, args, known=False):
    e = io.StringIO()
    try:
        with contextlib.redirect_stderr(e):
            if known:
                print(p.parse_known_intermixed_args(args))
            else:
                print(p.parse_intermixed_args(args))
    except SystemExit as x:
        print('exit', x.code, e.getvalue())

p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
irun(p, ['doit', '1', '--foo', 'bar', '2', '3'])
irun(p, ['--foo', 'x'])
irun(p, ['a', '1', '--zz', 'b'], known=True)
irun(p, ['a', 'x'])
p.add_argument('--req', required=True)
irun(p, ['a', '1'])
irun(p, ['a', '1', '--req', 'r', '2'])
q = argparse.ArgumentParser(prog='im2')
q.add_argument('r', nargs='...')
try:
    q.parse_intermixed_args([])
except TypeError as x:
    print(x)

print('== parents')
base = argparse.ArgumentParser(add_help=False)
base.add_argument('--log', default='info', help='log level')
g = base.add_argument_group('io', 'input and output')
g.add_argument('--in', dest='inp', help='input')
m = g.add_mutually_exclusive_group(required=True)
m.add_argument('--fast', action='store_true', help='go fast')
m.add_argument('--slow', action='store_true', help='go slow')
base.add_argument('src', help='source')
base.set_defaults(extra=1)
other = argparse.ArgumentParser(add_help=False)
og = other.add_argument_group('io')
og.add_argument('--out', help='output')
child = argparse.ArgumentParser(prog='child', parents=[base, other], description='child parser')
child.add_argument('--own', help='own option')
print(child.format_help())
print(child.parse_args(['s', '--fast', '--out', 'o']))
try:
    argparse.ArgumentParser(parents=[base, base])
except argparse.ArgumentError as e:
    print(e)
