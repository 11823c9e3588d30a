# sys.stdout.reconfigure: print then writes through the text layer (its encoding and errors).
import sys
sys.stdout.reconfigure(errors="replace", encoding="ascii")
print("h\u00e9", sys.stdout.encoding)
print("x", end="!\n")
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
