"""ftpy's io module until CPython's Lib io.py replaces it: the classes of _io."""

# The module-level name open is the builtin, as in CPython.
open = open

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


from _io import (UnsupportedOperation, BytesIO, StringIO, FileIO, BufferedReader,
                 BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper,
                 IncrementalNewlineDecoder, DEFAULT_BUFFER_SIZE, open_code, text_encoding)
