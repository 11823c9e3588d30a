module github.com/ftpy/ftpy

go 1.26
