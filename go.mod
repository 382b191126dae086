module github.com/precis-news/precis

go 1.26.8
