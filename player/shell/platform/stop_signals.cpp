#include "shell/platform/stop_signals.hpp"

namespace lightning {

namespace {

// The program's one piece of global state, by necessity: a signal handler gets no argument to
// reach an object through, and writing a volatile sig_atomic_t is the only thing C++ allows an
// asynchronous handler to do with data. Everything else is done outside the handler.
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void record_stop_signal(int signal) {
    g_stop_signal = signal;
}

}  // namespace

StopSignals::StopSignals() {
    g_stop_signal = 0;
    struct sigaction action {};
    action.sa_handler = record_stop_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: blocked calls return EINTR so we notice at once
    sigaction(SIGINT, &action, &old_int_);
    sigaction(SIGTERM, &action, &old_term_);
    // `nohup lightning ...` asked to outlive the terminal: a SIGHUP it ignores stays ignored.
    sigaction(SIGHUP, nullptr, &old_hup_);
    if (old_hup_.sa_handler != SIG_IGN) sigaction(SIGHUP, &action, nullptr);
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &old_pipe_);
}

StopSignals::~StopSignals() {
    sigaction(SIGPIPE, &old_pipe_, nullptr);
    sigaction(SIGHUP, &old_hup_, nullptr);
    sigaction(SIGTERM, &old_term_, nullptr);
    sigaction(SIGINT, &old_int_, nullptr);
}

int StopSignals::received() {
    return g_stop_signal;
}

}  // namespace lightning
