# slice.indices: expected errors, with python3's messages.
slice(0, 1, 0).indices(5)
### "ValueError: slice step cannot be zero"
---
slice(None).indices(-1)
### "ValueError: length should not be negative"
---
slice(None).indices(-2**80)
### "ValueError: length should not be negative"
