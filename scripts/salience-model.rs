// The salience model (src/salience): written by scripts/train-salience (`make train`), which
// runs examples/train_salience.rs on ../shared/train; do not edit. How it learns: that file's
// header. Each line is one feature's number, named; weights are per unit of the feature.
//
// redundancy 0     bbc 79.83/74.11  orangesum 28.63/10.53  orangesum-k1 27.87/9.80  xsum-like 17.69/2.55  bbc-lead-k1 91.45/90.42  xsum-lines 17.63/2.53
// redundancy 0.05  bbc 79.74/73.97  orangesum 28.86/10.71  orangesum-k1 27.87/9.80  xsum-like 17.69/2.55  bbc-lead-k1 91.45/90.42  xsum-lines 17.63/2.53
// redundancy 0.1   bbc 79.79/74.05  orangesum 28.91/10.70  orangesum-k1 27.87/9.80  xsum-like 17.69/2.55  bbc-lead-k1 91.45/90.42  xsum-lines 17.63/2.53
// redundancy 0.2   bbc 79.66/73.81  orangesum 28.82/10.58  orangesum-k1 27.87/9.80  xsum-like 17.69/2.55  bbc-lead-k1 91.45/90.42  xsum-lines 17.63/2.53
// redundancy 0.3   bbc 79.55/73.61  orangesum 28.86/10.61  orangesum-k1 27.87/9.80  xsum-like 17.69/2.55  bbc-lead-k1 91.45/90.42  xsum-lines 17.63/2.53
// chosen redundancy: 0.1
//
// held-out fifth (model fitted on the rest), ROUGE-1/2 F1; lead = the first k sentences:
//   bbc           n= 321  model 79.79/74.05  lead 63.06/50.93
//   orangesum     n= 577  model 28.91/10.70  lead 28.29/10.14
//   orangesum-k1  n= 577  model 27.87/ 9.80  lead 19.84/ 5.59
//   xsum-like     n= 321  model 17.69/ 2.55  lead 16.76/ 2.19
//   bbc-lead-k1   n= 321  model 91.45/90.42  lead 97.90/97.78
//   xsum-lines    n= 321  model 17.63/ 2.53  lead 16.76/ 2.19
//   web texts not news, held out: n=55, median news score 0.15, position off for 29 (53 %)
//   bbc held out: median news score 0.87, position in full for 96 %
//   orangesum held out: median news score 0.78, position in full for 88 %
//   nesting: the k-sentence summary is inside the (k+1)-sentence one in 88.6 % of cases (k = 1..5)
//
// nutshell-eval --only summary --data ../shared/train:
//   bbc_en 81.1/75.9 (lead 63.5/51.5)
//   orangesum_train_fr 29.1/10.8 (lead 27.8/9.6)
// nutshell-eval --only summary --data ../shared/data:
//   bbc_en 81.2/76.0 (lead 62.0/49.4)
//   cnndm_en 39.3/18.4 (lead 39.3/18.0)
//   orangesum_fr 28.8/10.6 (lead 27.4/9.2)
pub const MODEL: Model = Model {
    weights: [
        -6.7375054, // base
        0.39646333, // centrality
        2.764155, // position
        -1.0935687, // first
        -0.42603722, // second
        -0.17724854, // third
        0.07071684, // relative_position
        1.0499295, // title
        0.40508795, // title_weight
        0.21892343, // density
        0.69361216, // log_words
        0.08516854, // words_8
        0.2198331, // words_15
        0.22521785, // words_25
        0.11045863, // words_40
        -0.28384528, // long
        -0.18297324, // question
        -0.06107293, // exclamation
        -9.471893, // colon
        0.07522261, // paragraph_start
        0.5744446, // first_paragraph
        -0.23883897, // quote_open
        -0.14122662, // quote_close
        -0.15009771, // anaphora
        -0.15678595, // connective
        0.28808525, // after_question
        2.263896, // novelty
        0.7176406, // centroid
        0.4846324, // frequency
        -0.07107182, // relative_length
        -0.19105396, // first_short
        0.5676036, // first_question
        0.031767737, // first_anaphora
        -0.21880195, // second_short
        -0.82872677, // first_title
        0.020390758, // first_density
        -0.10490484, // in_paragraph
        -0.82955927, // paragraph_index
        0.33042002, // second_hook
        0.2924048, // third_hook
        -0.55469304, // personal
    ],
    digest: [
        5.057582, // base
        -0.51751167, // centrality
        -3.765021, // position
        1.6825933, // first
        0.61178917, // second
        0.34428114, // third
        -0.6526237, // relative_position
        -0.40617064, // title
        -0.51968235, // title_weight
        -0.19113627, // density
        -0.37003243, // log_words
        -0.47202078, // words_8
        -0.5033557, // words_15
        -0.4542361, // words_25
        -0.3030634, // words_40
        0.07414738, // long
        -0.06595879, // question
        -0.23249564, // exclamation
        9.901343, // colon
        -0.15796028, // paragraph_start
        -0.47893903, // first_paragraph
        0.22772186, // quote_open
        -0.031481184, // quote_close
        0.17599458, // anaphora
        0.16014004, // connective
        -0.24521084, // after_question
        -3.0017188, // novelty
        7.5175533, // centroid
        1.0534103, // frequency
        -0.5424381, // relative_length
        0.021119254, // first_short
        0.24577357, // first_question
        -0.3350755, // first_anaphora
        0.37841058, // second_short
        0.23818684, // first_title
        -0.28574497, // first_density
        0.20310481, // in_paragraph
        0.6732628, // paragraph_index
        -0.17447306, // second_hook
        0.025327247, // third_hook
        0.59907466, // personal
    ],
    single: [
        -3.820832, // base
        -0.312683, // centrality
        -0.9646703, // position
        0.8153949, // first
        -0.06408876, // second
        -0.10182191, // third
        0.4942911, // relative_position
        0.241694, // title
        -0.08331464, // title_weight
        -0.028520098, // density
        2.7294223, // log_words
        -0.7136543, // words_8
        -0.28098994, // words_15
        -0.13614619, // words_25
        -0.11086982, // words_40
        -0.038731534, // long
        -0.010456187, // question
        0.058713887, // exclamation
        9.393632, // colon
        -0.3591899, // paragraph_start
        -0.6670969, // first_paragraph
        0.052871183, // quote_open
        0.027189171, // quote_close
        -0.022060206, // anaphora
        0.008059155, // connective
        0.057110682, // after_question
        -0.32742026, // novelty
        2.31287, // centroid
        0.6798949, // frequency
        -0.55605763, // relative_length
        -0.05966988, // first_short
        -0.11015387, // first_question
        -0.5734774, // first_anaphora
        -0.06984806, // second_short
        -1.1242846, // first_title
        -0.014700481, // first_density
        0.86894196, // in_paragraph
        2.143741, // paragraph_index
        0.16032863, // second_hook
        0.18446521, // third_hook
        0.28024018, // personal
    ],
    news_bias: -0.0059574232,
    news_weights: [
        0.99151707, // first_density
        -0.67426634, // first_question
        -1.0245212, // first_personal
        -14.202285, // question_share
        2.970321, // density_mean
        -15.132441, // you_share
    ],
    mean: [
        1.0, // base
        0.43803024, // centrality
        0.44934088, // position
        0.0620978, // first
        0.0620978, // second
        0.0620978, // third
        0.5, // relative_position
        0.09715867, // title
        0.12415056, // title_weight
        0.4063656, // density
        0.767343, // log_words
        0.06646016, // words_8
        0.1951528, // words_15
        0.38879487, // words_25
        0.26550102, // words_40
        0.026572354, // long
        0.012800168, // question
        0.006546472, // exclamation
        0.00022836532, // colon
        0.24922854, // paragraph_start
        0.2751158, // first_paragraph
        0.1532507, // quote_open
        0.0652305, // quote_close
        0.16441132, // anaphora
        0.06743218, // connective
        0.012407849, // after_question
        0.9313273, // novelty
        0.2909581, // centroid
        0.50826657, // frequency
        0.9984699, // relative_length
        0.008754004, // first_short
        0.001381903, // first_question
        0.00579111, // first_anaphora
        0.005264113, // second_short
        0.01472924, // first_title
        0.032955702, // first_density
        0.4637032, // in_paragraph
        0.51297253, // paragraph_index
        0.014316749, // second_hook
        0.014316749, // third_hook
        0.06339187, // personal
    ],
    redundancy: 0.1,
};
