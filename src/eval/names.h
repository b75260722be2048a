// Name comparison for scoring: speakers, counted groups and places are compared case- and
// accent-insensitively ("Choïgou" = "choigou"), with a last-name rule for people.
#pragma once

#include <string>
#include <string_view>

namespace sitrep::eval {

// Lower-cases, strips accents (NFD without combining marks), turns every run of characters that
// are not letters or digits into one space and trims: "Al-Bāb" -> "al bab".
std::string FoldName(std::string_view name);

// True when two canonical person or organization names denote the same speaker: equal after
// FoldName, or one is a single word equal to the other's last word ("Putin" vs
// "Vladimir Putin"), or both share their last word and one's words all occur in the other
// ("Vladimir Putin" vs "Vladimir Vladimirovich Putin").
bool SameSpeaker(std::string_view a, std::string_view b);

// True when two counted groups are the same: equal after FoldName and dropping a plural "s"
// from each word ("civilians" = "Civilian").
bool SameGroup(std::string_view a, std::string_view b);

// True when two place names agree: equal after FoldName, or one's words form a whole-word part
// of the other ("Aleppo" vs "East Aleppo").
bool SamePlace(std::string_view a, std::string_view b);

}  // namespace sitrep::eval
