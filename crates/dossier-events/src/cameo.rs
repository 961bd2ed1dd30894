//! PETRARCH-style verb index and pattern matcher over dependency parses. (Being written.)
