# The pwd and grp modules: the struct sequences they return, lookups of
# root (present everywhere) and their errors.
import pwd, grp

root = pwd.getpwuid(0)
print(root.pw_name, root.pw_uid, root.pw_gid, len(root), type(root).__name__, type(root).__module__)
print(root == pwd.getpwnam(root.pw_name), root[0] == root.pw_name)
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.__match_args__)
print(repr(root).startswith("pwd.struct_passwd(pw_name='root', pw_passwd="))
all_ = pwd.getpwall()
print(type(all_), root in all_, all(type(e) is pwd.struct_passwd for e in all_))
g = grp.getgrgid(0)
print(g.gr_name, g.gr_gid, type(g.gr_mem), len(g), type(g).__name__, type(g).__module__)
print(g == grp.getgrnam(g.gr_name), grp.struct_group.__match_args__)
print(g in grp.getgrall())

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: pwd.getpwuid(2**31 - 7))
show(lambda: pwd.getpwuid(-5))
show(lambda: pwd.getpwuid(2**40))
show(lambda: pwd.getpwuid('x'))
show(lambda: pwd.getpwuid(uid=0))
show(lambda: pwd.getpwuid())
show(lambda: pwd.getpwnam('no such user ftpy'))
show(lambda: pwd.getpwnam(b'root'))
show(lambda: pwd.getpwnam('ro\0ot'))
show(lambda: pwd.getpwall(1))
show(lambda: grp.getgrgid(2**31 - 7))
show(lambda: grp.getgrgid('0'))
show(lambda: grp.getgrnam('no such group ftpy'))
show(lambda: grp.getgrnam(name='root').gr_gid)
show(lambda: grp.getgrgid(id=0).gr_name)
show(lambda: pwd.struct_passwd(('a', 'b', 1, 2, 'c', 'd', 'e')))
show(lambda: pwd.struct_passwd(('a',)))
