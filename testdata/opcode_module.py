# _opcode.stack_effect over CPython 3.11's opcodes, as opcode.py names
# them, and its argument checks.
import _opcode, opcode

args = [0, 1, 2, 3, 4, 5, 8, 9, 16, 0x102, 0x301]
for op in range(256):
    name = opcode.opname[op]
    row = []
    for jump in (None, True, False):
        for arg in (args if op >= opcode.HAVE_ARGUMENT else [None]):
            try:
                if arg is None:
                    row.append(_opcode.stack_effect(op, jump=jump))
                else:
                    row.append(_opcode.stack_effect(op, arg, jump=jump))
            except ValueError as e:
                row.append(str(e))
    if any(not isinstance(r, str) for r in row):
        print(op, name, row)
    elif len(set(row)) != 1 or row[0] != "invalid opcode or oparg":
        print(op, name, set(row))

def check(*a, **kw):
    try:
        print(_opcode.stack_effect(*a, **kw))
    except Exception as e:
        print(type(e).__name__, e)
check(1, None)
check(opcode.opmap['LOAD_CONST'])
check(1, 0)
check(300, 0)
check(-1, 0)
check('x')
check(100, 'x')
check(100, 1.0)
check(93, 0, jump=1)
check(93, 0, jump='x')
check(93, 0, jump=None)
check()
check(1, 2, 3)
check(100, oparg=1)
print(_opcode.get_specialization_stats())
print(opcode.stack_effect is _opcode.stack_effect)
import dis
print(dis.stack_effect(opcode.opmap['BUILD_TUPLE'], 3))
