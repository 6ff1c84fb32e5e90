// Command ferretdb-embedded runs FerretDB 1.x through its embeddable package
// (github.com/FerretDB/FerretDB/ferretdb). We wrap the library instead of
// building upstream's cmd/ferretdb because that main panics unless a
// generated version file is present, which a module-proxy build never has.
//
// It prints one line "ready <mongodb-uri>" on stdout once it accepts
// connections and stops cleanly on SIGINT/SIGTERM.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free port)")
	sqliteDir := flag.String("sqlite-dir", "", "directory for the SQLite backend")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL; selects the PostgreSQL backend instead of SQLite")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fail("bad -log-level: %v", err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	cfg := &ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}, Logger: logger}
	switch {
	case *postgresURL != "":
		cfg.Handler, cfg.PostgreSQLURL = "postgresql", *postgresURL
	case *sqliteDir != "":
		if err := os.MkdirAll(*sqliteDir, 0o755); err != nil {
			fail("cannot create %s: %v", *sqliteDir, err)
		}
		cfg.Handler, cfg.SQLiteURL = "sqlite", "file:"+*sqliteDir+"/"
	default:
		fail("give -sqlite-dir or -postgresql-url")
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		fail("%v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = f.Run(ctx)
	}()

	// MongoDBURI waits until the listener is bound, so the port is real here.
	fmt.Printf("ready %s\n", f.MongoDBURI())
	<-done
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb-embedded: "+format+"\n", args...)
	os.Exit(2)
}
