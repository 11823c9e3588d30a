# Zero padding with grouping where the sign and the fraction are wider than
# the width: format(-2.25, '01,') panicked (a negative minimum width for the
# grouped digits). Found by FuzzFormatSpec.
for v in (-2.25, 2.25, -1.5, -1, -1234.5, 1e-7, -0.0, float('nan'), -float('inf')):
    for spec in ('01,', '02,', '03,', '04,', '05,', '06,', '08,', '010,', '01_', '0,', '+01,.1f', '01,%', '01,e', '=1,', 'x=2,'):
        try:
            print(repr(v), spec, repr(format(v, spec)))
        except ValueError as e:
            print(repr(v), spec, 'ValueError', e)
for v in (-1, -1234, 0, 7):
    for spec in ('01,', '02,', '03,', '05,', '01_x', '02_b', '-01,'):
        print(v, spec, repr(format(v, spec)))
