// Command ferretdb-embedded runs FerretDB 1.x through its embeddable package
// (github.com/FerretDB/FerretDB/ferretdb). We wrap the library instead of
// building upstream's cmd/ferretdb because that main panics unless a
// generated version file is present, which a module-proxy build never has.
//
// It prints one line "ready <mongodb-uri>" on stdout once it accepts
// connections and stops cleanly on SIGINT/SIGTERM. It never outlives its
// parent: it also stops when its stdin reaches EOF (the parent holds the other
// end of a pipe, which the kernel closes however the parent dies) and, as a
// fallback, when its parent process changes (it was re-parented).
//
// With -sqlite-dir it holds an exclusive lock on <dir>/ferretdb.lock (with its
// pid in it), so two launchers never share the same SQLite files.
//
// Exit codes: 0 stopped; 2 bad arguments or FerretDB failed; 3 the SQLite
// folder is locked by another process.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

const exitLocked = 3

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free port)")
	sqliteDir := flag.String("sqlite-dir", "", "directory for the SQLite backend")
	postgresURL := flag.String("postgresql-url", "", "PostgreSQL URL; selects the PostgreSQL backend instead of SQLite")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error")
	watchStdin := flag.Bool("exit-on-stdin-eof", true, "stop when stdin reaches EOF (give false when stdin is /dev/null)")
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
		lock := lockDir(*sqliteDir)
		defer lock.Close() // held (and the file kept referenced) until we return
		cfg.Handler, cfg.SQLiteURL = "sqlite", "file:"+*sqliteDir+"/"
	default:
		fail("give -sqlite-dir or -postgresql-url")
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	if *watchStdin {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			logger.Warn("stdin closed (parent gone); stopping")
			cancel()
		}()
	}
	go watchParent(ctx, cancel, logger)

	f, err := ferretdb.New(cfg)
	if err != nil {
		fail("%v", err)
	}

	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = f.Run(ctx)
	}()

	// MongoDBURI waits until the listener is bound, so the port is real here.
	fmt.Printf("ready %s\n", f.MongoDBURI())
	<-done
}

// lockDir takes the exclusive lock on dir/ferretdb.lock and writes our pid in it, or exits
// with exitLocked naming the holder. The kernel drops the lock when we die, however we die.
func lockDir(dir string) *os.File {
	name := filepath.Join(dir, "ferretdb.lock")
	file, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		fail("cannot open %s: %v", name, err)
	}
	if err := syscall.Flock(int(file.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		if errors.Is(err, syscall.EWOULDBLOCK) {
			holder := "unknown pid"
			if b, _ := io.ReadAll(file); len(b) > 0 {
				if pid, err := strconv.Atoi(strings.TrimSpace(string(b))); err == nil {
					holder = "pid " + strconv.Itoa(pid)
				}
			}
			fmt.Fprintf(os.Stderr, "ferretdb-embedded: %s is locked by another database process (%s)\n", dir, holder)
			os.Exit(exitLocked)
		}
		fail("cannot lock %s: %v", name, err)
	}
	if err := file.Truncate(0); err == nil {
		_, err = file.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	if err != nil {
		fail("cannot write %s: %v", name, err)
	}
	return file
}

// watchParent cancels once we are re-parented (the parent died without closing our stdin).
func watchParent(ctx context.Context, cancel context.CancelFunc, logger *slog.Logger) {
	parent := os.Getppid()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if os.Getppid() != parent {
				logger.Warn("parent process gone; stopping", slog.Int("parent", parent))
				cancel()
				return
			}
		}
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "ferretdb-embedded: "+format+"\n", args...)
	os.Exit(2)
}
