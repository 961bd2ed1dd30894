//! CAMEO code and kind → PLOVER event, mode and context. (Being written.)
