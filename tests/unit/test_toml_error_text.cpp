// A deck.toml or config.toml mistake is told in the speaker's words with the fix, never as
// toml++'s grammar ("expected 2-digit hour"); the whole path is checked through the parser.
#include <doctest/doctest.h>

#include <string>

#include "core/deck/deck.hpp"
#include "core/deck/toml_error_text.hpp"
#include "core/deck/toml_values.hpp"

using namespace lightning;

namespace {

// What parse_toml_text says about `text` (as "deck.toml:N: not valid TOML: ...").
std::string said(const std::string& text) {
    try {
        parse_toml_text(text, "deck.toml");
    } catch (const DeckError& error) {
        return error.what();
    }
    return "(parsed)";
}

}  // namespace

TEST_CASE("toml errors: each common mistake gets its fix, on the right line") {
    CHECK(said("title = \"x\"\ntotal = 5:00\n") ==
          "deck.toml:2: not valid TOML: a time goes in quotes: write total = \"5:00\"");
    CHECK(said("total = 05:00 # five minutes\n") ==
          "deck.toml:1: not valid TOML: a time goes in quotes: write total = \"05:00\"");
    CHECK(said("title = \"x\"\ntitle = \"y\"\n") ==
          "deck.toml:2: not valid TOML: 'title' is set twice; keep one of the two lines (each "
          "[[slide]] starts a new slide)");
    CHECK(said("title = \"caf\xE9\"\n") ==
          "deck.toml:1: not valid TOML: the file is not saved as UTF-8 (Latin-1 or "
          "Windows-1252?): save it again as UTF-8 (most editors: Save As, encoding UTF-8)");
    CHECK(said("[[slide]]\nfile = 02-problem.png\n") ==
          "deck.toml:2: not valid TOML: text goes in quotes: write file = \"02-problem.png\"");
    CHECK(said("title = \"x\n").find("is not closed on its line") != std::string::npos);
    CHECK(said("total = 5\n[settings\n") ==
          "deck.toml:2: not valid TOML: a [section] line is not closed: write it like [settings] "
          "or [[slide]]");
    CHECK(said("title: My talk\n") ==
          "deck.toml:1: not valid TOML: each line must be key = "
          "value, like title = \"My talk\" (this line is not)");
}

TEST_CASE("toml errors: a message this does not know is kept as toml++ said it") {
    CHECK(toml_error_text("Error while parsing something new", "x = 1") ==
          "Error while parsing something new");
    CHECK(said("title = \"x\"\n") == "(parsed)");
}
