;; The tagger's inner loops in WebAssembly (see wasmTagger.ts for why and how they are called).
;; `npm run build:wasm` assembles this file into taggerWasm.ts; a unit test checks the two agree.
;;
;; sumRowLists and sentenceSums add up the model's int8 weight rows of feature keys, as NerModel's
;; lexVec and tagBilou do in JavaScript: integer sums, so the order does not matter. The model's
;; feature table, Bloom filter and weights sit in the same memory (ner.bin is read into it), at the
;; offsets setModel gives.
;;
;; viterbi is decodeSentence (viterbi.ts) step for step, with the same floating-point operations in the
;; same order, so the two choose the same tags, ties included. All pointers are byte offsets into
;; the imported memory:
;;   e          i32 emission scores: token i, tag c at e + 4 * (i * stride + c)
;;   tp         f64 transition score of each allowed (predecessor, tag) pair, in PRED order
;;   start      f64[nt] scores from the sentence start (-inf where not allowed)
;;   pred       i32 PRED (allowed predecessors of each tag), predOff i32[nt + 1] PRED_OFF
;;   allowedEnd u8[nt] tags a sentence may end with
;;   prev, cur  f64[nt] scratch; back u8[n * nt] scratch; out u8[n] the chosen tags
(module
  (import "env" "memory" (memory 1))
  (global $table (mut i32) (i32.const 0))
  (global $tMask (mut i32) (i32.const 0))
  (global $bloom (mut i32) (i32.const 0))
  (global $W (mut i32) (i32.const 0))
  (global $w (mut i32) (i32.const 0))

  ;; table: i32 (key, row) pairs, tMask: slots - 1, bloom: i32 words (2^20 bits), W: int8 rows of w.
  (func (export "setModel") (param $t i32) (param $m i32) (param $b i32) (param $weights i32) (param $width i32)
    (global.set $table (local.get $t))
    (global.set $tMask (local.get $m))
    (global.set $bloom (local.get $b))
    (global.set $W (local.get $weights))
    (global.set $w (local.get $width)))

  ;; The row of a feature key, or -1: the Bloom filter first (two bits, as tagBilou tests them),
  ;; then the table. For context keys, most of which the model does not have.
  (func $lookup (param $key i32) (result i32)
    (local $b i32)
    (local.set $b (i32.and (local.get $key) (i32.const 0xfffff)))
    (if (i32.eqz (i32.and
          (i32.load (i32.add (global.get $bloom) (i32.shl (i32.shr_u (local.get $b) (i32.const 5)) (i32.const 2))))
          (i32.shl (i32.const 1) (local.get $b))))
      (then (return (i32.const -1))))
    (local.set $b (i32.and (i32.shr_u (local.get $key) (i32.const 12)) (i32.const 0xfffff)))
    (if (i32.eqz (i32.and
          (i32.load (i32.add (global.get $bloom) (i32.shl (i32.shr_u (local.get $b) (i32.const 5)) (i32.const 2))))
          (i32.shl (i32.const 1) (local.get $b))))
      (then (return (i32.const -1))))
    (call $row (local.get $key)))

  ;; The row of a feature key, or -1, from the table alone: linear probing from slot key & tMask
  ;; until the key or an empty slot (row -1), as NerModel.row. For a word's lexical keys, most of
  ;; which the model has: the Bloom filter would only add two memory reads per key, and the first
  ;; analysis of a session finds these reads cold in the cache.
  (func $row (param $key i32) (result i32)
    (local $slot i32) (local $at i32) (local $r i32)
    (local.set $slot (i32.and (local.get $key) (global.get $tMask)))
    (loop $probe
      (local.set $at (i32.add (global.get $table) (i32.shl (local.get $slot) (i32.const 3))))
      (local.set $r (i32.load offset=4 (local.get $at)))
      (if (i32.lt_s (local.get $r) (i32.const 0)) (then (return (i32.const -1))))
      (if (i32.eq (i32.load (local.get $at)) (local.get $key)) (then (return (local.get $r))))
      (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (global.get $tMask)))
      (br $probe))
    (unreachable))

  ;; out[t] += W[r * w + t] for t < w (out: i32): sixteen weights at a time, sign-extended into
  ;; four i32x4 (128-bit SIMD), then the rest one by one.
  (func $addRow (param $r i32) (param $out i32)
    (local $src i32) (local $end i32) (local $v v128) (local $h v128)
    (local.set $src (i32.add (global.get $W) (i32.mul (local.get $r) (global.get $w))))
    (local.set $end (i32.add (local.get $src) (global.get $w)))
    (block $sixteensDone
      (loop $sixteens
        (br_if $sixteensDone (i32.gt_u (i32.add (local.get $src) (i32.const 16)) (local.get $end)))
        (local.set $v (v128.load (local.get $src)))
        (local.set $h (i16x8.extend_low_i8x16_s (local.get $v)))
        (v128.store (local.get $out)
          (i32x4.add (v128.load (local.get $out)) (i32x4.extend_low_i16x8_s (local.get $h))))
        (v128.store offset=16 (local.get $out)
          (i32x4.add (v128.load offset=16 (local.get $out)) (i32x4.extend_high_i16x8_s (local.get $h))))
        (local.set $h (i16x8.extend_high_i8x16_s (local.get $v)))
        (v128.store offset=32 (local.get $out)
          (i32x4.add (v128.load offset=32 (local.get $out)) (i32x4.extend_low_i16x8_s (local.get $h))))
        (v128.store offset=48 (local.get $out)
          (i32x4.add (v128.load offset=48 (local.get $out)) (i32x4.extend_high_i16x8_s (local.get $h))))
        (local.set $out (i32.add (local.get $out) (i32.const 64)))
        (local.set $src (i32.add (local.get $src) (i32.const 16)))
        (br $sixteens)))
    (block $done
      (loop $add
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (i32.store (local.get $out) (i32.add (i32.load (local.get $out)) (i32.load8_s (local.get $src))))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $src (i32.add (local.get $src) (i32.const 1)))
        (br $add))))

  ;; For each of nLists key lists (i32 keys, one list after the other; lens: i32[nLists] their
  ;; lengths): out + 4 * o * w (i32[w]) += the rows of list o's keys. A word's lexical vector
  ;; (its keys at the five window offsets) in one call.
  (func (export "sumRowLists") (param $keys i32) (param $lens i32) (param $nLists i32) (param $out i32)
    (local $o i32) (local $end i32) (local $r i32)
    (block $listsDone
      (loop $list
        (br_if $listsDone (i32.ge_u (local.get $o) (local.get $nLists)))
        (local.set $end
          (i32.add (local.get $keys) (i32.shl (i32.load (i32.add (local.get $lens) (i32.shl (local.get $o) (i32.const 2)))) (i32.const 2))))
        (block $keysDone
          (loop $key
            (br_if $keysDone (i32.ge_u (local.get $keys) (local.get $end)))
            (local.set $r (call $row (i32.load (local.get $keys))))
            (if (i32.ge_s (local.get $r) (i32.const 0)) (then (call $addRow (local.get $r) (local.get $out))))
            (local.set $keys (i32.add (local.get $keys) (i32.const 4)))
            (br $key)))
        (local.set $out (i32.add (local.get $out) (i32.shl (global.get $w) (i32.const 2))))
        (local.set $o (i32.add (local.get $o) (i32.const 1)))
        (br $list))))

  ;; For each of n tokens: e + 4 * i * w (i32[w]) += the rows of its keys, keys[off[i] - base ..
  ;; off[i + 1] - base) (off: i32[n + 1], offsets into the document's key array; keys: i32).
  (func (export "sentenceSums") (param $keys i32) (param $off i32) (param $base i32) (param $n i32) (param $e i32)
    (local $i i32) (local $k i32) (local $ke i32) (local $r i32) (local $row i32)
    (block $tokensDone
      (loop $token
        (br_if $tokensDone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.sub (i32.load (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (local.get $base)))
        (local.set $ke (i32.sub (i32.load offset=4 (i32.add (local.get $off) (i32.shl (local.get $i) (i32.const 2)))) (local.get $base)))
        (local.set $row (i32.add (local.get $e) (i32.shl (i32.mul (local.get $i) (global.get $w)) (i32.const 2))))
        (block $keysDone
          (loop $key
            (br_if $keysDone (i32.ge_s (local.get $k) (local.get $ke)))
            (local.set $r (call $lookup (i32.load (i32.add (local.get $keys) (i32.shl (local.get $k) (i32.const 2))))))
            (if (i32.ge_s (local.get $r) (i32.const 0)) (then (call $addRow (local.get $r) (local.get $row))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $key)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $token))))
  (func (export "viterbi")
    (param $e i32) (param $stride i32) (param $n i32) (param $scale f64) (param $nt i32)
    (param $tp i32) (param $start i32) (param $pred i32) (param $predOff i32) (param $allowedEnd i32)
    (param $prev i32) (param $cur i32) (param $back i32) (param $out i32)
    (local $i i32) (local $c i32) (local $q i32) (local $qe i32) (local $p i32) (local $t i32)
    (local $eo i32) (local $best f64) (local $arg i32) (local $v f64) (local $s f64)
    ;; The first token: prev[c] = e[c] * scale + start[c], or -inf where the start forbids c.
    (local.set $c (i32.const 0))
    (loop $first
      (local.set $s (f64.load (i32.add (local.get $start) (i32.shl (local.get $c) (i32.const 3)))))
      (f64.store
        (i32.add (local.get $prev) (i32.shl (local.get $c) (i32.const 3)))
        (if (result f64) (f64.eq (local.get $s) (f64.const -inf))
          (then (f64.const -inf))
          (else
            (f64.add
              (f64.mul
                (f64.convert_i32_s (i32.load (i32.add (local.get $e) (i32.shl (local.get $c) (i32.const 2)))))
                (local.get $scale))
              (local.get $s)))))
      (br_if $first (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
    ;; Each later token: the best allowed predecessor of each tag (the first one wins a tie).
    (local.set $i (i32.const 1))
    (block $tokensDone
      (loop $token
        (br_if $tokensDone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $eo (i32.add (local.get $e) (i32.shl (i32.mul (local.get $i) (local.get $stride)) (i32.const 2))))
        (local.set $c (i32.const 0))
        (loop $tag
          (local.set $best (f64.const -inf))
          (local.set $arg (i32.const 0))
          (local.set $q (i32.load (i32.add (local.get $predOff) (i32.shl (local.get $c) (i32.const 2)))))
          (local.set $qe (i32.load (i32.add (local.get $predOff) (i32.shl (i32.add (local.get $c) (i32.const 1)) (i32.const 2)))))
          (block $predsDone
            (loop $preds
              (br_if $predsDone (i32.ge_u (local.get $q) (local.get $qe)))
              (local.set $p (i32.load (i32.add (local.get $pred) (i32.shl (local.get $q) (i32.const 2)))))
              (local.set $v
                (f64.add
                  (f64.load (i32.add (local.get $prev) (i32.shl (local.get $p) (i32.const 3))))
                  (f64.load (i32.add (local.get $tp) (i32.shl (local.get $q) (i32.const 3))))))
              (if (f64.gt (local.get $v) (local.get $best))
                (then
                  (local.set $best (local.get $v))
                  (local.set $arg (local.get $p))))
              (local.set $q (i32.add (local.get $q) (i32.const 1)))
              (br $preds)))
          ;; cur[c] = best + e[c] * scale
          (f64.store
            (i32.add (local.get $cur) (i32.shl (local.get $c) (i32.const 3)))
            (f64.add
              (local.get $best)
              (f64.mul
                (f64.convert_i32_s (i32.load (i32.add (local.get $eo) (i32.shl (local.get $c) (i32.const 2)))))
                (local.get $scale))))
          (i32.store8
            (i32.add (local.get $back) (i32.add (i32.mul (local.get $i) (local.get $nt)) (local.get $c)))
            (local.get $arg))
          (br_if $tag (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
        (local.set $t (local.get $prev))
        (local.set $prev (local.get $cur))
        (local.set $cur (local.get $t))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $token)))
    ;; The best tag a sentence may end with, then back through the chosen predecessors.
    (local.set $best (f64.const -inf))
    (local.set $arg (i32.const 0))
    (local.set $c (i32.const 0))
    (loop $end
      (if (i32.load8_u (i32.add (local.get $allowedEnd) (local.get $c)))
        (then
          (local.set $v (f64.load (i32.add (local.get $prev) (i32.shl (local.get $c) (i32.const 3)))))
          (if (f64.gt (local.get $v) (local.get $best))
            (then
              (local.set $best (local.get $v))
              (local.set $arg (local.get $c))))))
      (br_if $end (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (i32.store8 (i32.add (local.get $out) (local.get $i)) (local.get $arg))
    (block $backDone
      (loop $backtrack
        (br_if $backDone (i32.le_s (local.get $i) (i32.const 0)))
        (i32.store8
          (i32.add (local.get $out) (i32.sub (local.get $i) (i32.const 1)))
          (i32.load8_u
            (i32.add
              (local.get $back)
              (i32.add (i32.mul (local.get $i) (local.get $nt)) (i32.load8_u (i32.add (local.get $out) (local.get $i)))))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $backtrack))))
)
