# What ftpy's _lzma cannot do that CPython's liblzma can: the BCJ
# filters, refused with LZMAError (lib/lzma's package comment lists the
# gaps). fox_x86.xz was written by python3 with FILTER_X86.
import os
import lzma

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'lzma')

for fid in [lzma.FILTER_X86, lzma.FILTER_ARM, lzma.FILTER_SPARC]:
    chain = [{'id': fid}, {'id': lzma.FILTER_LZMA2}]
    for make in [lambda: lzma.LZMACompressor(filters=chain),
                 lambda: lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=chain)]:
        try:
            make()
        except lzma.LZMAError as e:
            assert 'BCJ' in str(e), e
        else:
            raise AssertionError('BCJ filter accepted')
    # Their properties still encode and decode as liblzma's do.
    assert lzma._encode_filter_properties({'id': fid, 'start_offset': 8}) == b'\x08\0\0\0'
    assert lzma._decode_filter_properties(fid, b'\x08\0\0\0') == {'id': fid, 'start_offset': 8}

with open(os.path.join(HERE, 'fox_x86.xz'), 'rb') as f:
    data = f.read()
try:
    lzma.decompress(data)
except lzma.LZMAError as e:
    assert 'BCJ' in str(e), e
else:
    raise AssertionError('BCJ stream decoded')
