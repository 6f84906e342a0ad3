#pragma once
// Ctrl+C (SIGINT), SIGTERM and SIGHUP (the terminal closed, a logout) during a long job (export) or
// a run in a window (play, rehearse, event): the handler only records the signal; the job checks
// received() between steps (and when a blocking call returns EINTR) and ends cleanly: export
// removes its partial file and exits 128 + the signal, a window run logs its end (reason "signal",
// which `--resume` continues) and exits 0. SIGPIPE is ignored meanwhile, so a child that dies
// mid-write shows up as EPIPE instead of killing us.
#include <signal.h>

#include <csignal>

namespace lightning {

// Installs the handlers for its lifetime and restores the previous ones after. Handlers are
// installed without SA_RESTART, so a write or wait blocked when the signal comes returns EINTR.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // The signal received (SIGINT, SIGTERM or SIGHUP), or 0.
    static int received();

private:
    struct sigaction old_int_, old_term_, old_hup_, old_pipe_;
};

}  // namespace lightning
