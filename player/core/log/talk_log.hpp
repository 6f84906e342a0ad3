#pragma once
// Records one run as it happens: builds each event, appends it to the log file at once, and at
// the end writes the per-slide CSV beside it. Times come in as clock readings relative to the
// talk's start; the wall time of an event is the wall time of the start plus its real time.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/log/log_file.hpp"
#include "core/log/run_log.hpp"

namespace lightning {

class TalkLog {
public:
    // `on_failure` is called once, the first time the log cannot be written (the talk goes on).
    TalkLog(LogFile file, WallTime wall_start,
            std::function<void(const std::string&)> on_failure = {});
    // Continues the log of a run that crashed: its events so far count for the CSV, new ones are
    // appended to the same file.
    TalkLog(LogFile file, WallTime wall_start, std::vector<Json> earlier_events,
            std::function<void(const std::string&)> on_failure = {});

    // `real` is time since the talk started including pauses; `talk` excludes them.
    void start(const RunStart& start);
    // `after_resume`: the slide was on screen before a crash and is shown again by the resumed run;
    // `due` is then the resume instant, so late_ms says how fast the resume put it back up.
    void slide(int index, Micros due, Micros presented, Micros real, bool after_resume = false);
    void skip(int index, Micros due, Micros talk, Micros real);
    void mark(int index, Millis over, Micros talk, Micros real);
    void missed(int index, Millis over, Micros talk, Micros real);
    // A paced run ended (quit, restart) before slide `index`'s planned end: it is not timed.
    void not_reached(int index, Micros talk, Micros real);
    void pause(Micros talk, Micros real);
    void resume(Micros paused_for, Micros talk, Micros real);
    void end(const std::string& reason, Micros talk, Micros real);
    // The run goes on after a crash, at talk time `talk` with slide `index` due.
    void resumed(int index, Micros talk, Micros real);

    struct Written {
        std::filesystem::path log;  // empty: nowhere could be written
        // empty: no CSV (no clean end, it could not be written, or the log went to a pipe or
        // device: a FIFO's or /dev/...'s folder is not ours to write in)
        std::filesystem::path csv;
        std::string problem;
        std::string lost;  // nowhere could be written: the whole log, for stderr
    };
    // Flushes the log (to a fallback place if need be) and, after an end event, writes the CSV.
    Written finish();

    const std::vector<Json>& events() const { return events_; }
    bool ended() const { return ended_; }
    // Where the log is being written (finish() may still move it to a fallback place).
    const std::filesystem::path& path() const { return file_.path(); }
    // The log goes to a pipe or device: nothing (CSV, recording) is written beside it.
    bool stream() const { return file_.stream(); }

private:
    void add(Json event, Micros talk, Micros real);

    LogFile file_;
    WallTime wall_start_;
    std::function<void(const std::string&)> on_failure_;
    bool reported_failure_ = false;
    bool ended_ = false;
    std::vector<std::string> files_;
    std::vector<Json> events_;
};

}  // namespace lightning
