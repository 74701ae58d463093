// The salience model (src/salience): written by scripts/train-salience (`make train`), which
// runs examples/train_salience.rs on ../shared/train; do not edit. How it learns: that file's
// header. Each line is one feature's number, named; weights are per unit of the feature.
//
// redundancy 0     bbc 79.85/74.12  orangesum 28.63/10.52  orangesum-k1 27.69/9.57  xsum-like 17.72/2.54  bbc-lead-k1 91.80/90.81  xsum-lines 17.68/2.53
// redundancy 0.05  bbc 79.77/74.02  orangesum 28.77/10.57  orangesum-k1 27.69/9.57  xsum-like 17.72/2.54  bbc-lead-k1 91.80/90.81  xsum-lines 17.68/2.53
// redundancy 0.1   bbc 79.79/74.05  orangesum 28.79/10.52  orangesum-k1 27.69/9.57  xsum-like 17.72/2.54  bbc-lead-k1 91.80/90.81  xsum-lines 17.68/2.53
// redundancy 0.2   bbc 79.52/73.62  orangesum 28.76/10.47  orangesum-k1 27.69/9.57  xsum-like 17.72/2.54  bbc-lead-k1 91.80/90.81  xsum-lines 17.68/2.53
// redundancy 0.3   bbc 79.55/73.61  orangesum 28.81/10.52  orangesum-k1 27.69/9.57  xsum-like 17.72/2.54  bbc-lead-k1 91.80/90.81  xsum-lines 17.68/2.53
// chosen redundancy: 0.1
//
// held-out fifth (model fitted on the rest), ROUGE-1/2 F1; lead = the first k sentences:
//   bbc           n= 321  model 79.79/74.05  lead 63.12/50.97
//   orangesum     n= 577  model 28.79/10.52  lead 28.29/10.14
//   orangesum-k1  n= 577  model 27.69/ 9.57  lead 19.84/ 5.58
//   xsum-like     n= 321  model 17.72/ 2.54  lead 16.79/ 2.20
//   bbc-lead-k1   n= 321  model 91.80/90.81  lead 98.00/97.88
//   xsum-lines    n= 321  model 17.68/ 2.53  lead 16.79/ 2.20
//   web texts not news, held out: n=55, median news score 0.14, position off for 29 (53 %)
//   bbc held out: median news score 0.87, position in full for 96 %
//   orangesum held out: median news score 0.78, position in full for 88 %
//   nesting: the k-sentence summary is inside the (k+1)-sentence one in 88.6 % of cases (k = 1..5)
//
// nutshell-eval --only summary --data ../shared/train:
//   bbc_en 81.1/75.9 (lead 63.5/51.6)
//   orangesum_train_fr 29.1/10.8 (lead 27.8/9.6)
// nutshell-eval --only summary --data ../shared/data:
//   bbc_en 81.1/75.9 (lead 62.0/49.4)
//   cnndm_en 39.3/18.3 (lead 39.3/18.0)
//   orangesum_fr 28.8/10.6 (lead 27.4/9.2)
pub const MODEL: Model = Model {
    weights: [
        -6.6872487, // base
        0.38227907, // centrality
        2.783207, // position
        -1.1050991, // first
        -0.42649764, // second
        -0.19715013, // third
        0.07259902, // relative_position
        1.0501482, // title
        0.40421948, // title_weight
        0.21466686, // density
        0.5925757, // log_words
        0.06436584, // words_8
        0.20755103, // words_15
        0.21687078, // words_25
        0.10975151, // words_40
        -0.27556798, // long
        -0.24258256, // question
        -0.048769366, // exclamation
        -9.434081, // colon
        0.049225867, // paragraph_start
        0.58537084, // first_paragraph
        -0.23862745, // quote_open
        -0.14152673, // quote_close
        -0.15097398, // anaphora
        -0.16122709, // connective
        0.22337061, // after_question
        2.252305, // novelty
        0.85051924, // centroid
        0.46686748, // frequency
        -0.059940837, // relative_length
        -0.21236515, // first_short
        0.6234116, // first_question
        0.021544661, // first_anaphora
        -0.23497322, // second_short
        -0.82192826, // first_title
        0.016776271, // first_density
        -0.061420232, // in_paragraph
        -0.84664464, // paragraph_index
        0.3127456, // second_hook
        0.28651956, // third_hook
        -0.5873765, // personal
    ],
    digest: [
        5.0023603, // base
        -0.50517905, // centrality
        -3.7769632, // position
        1.681487, // first
        0.607065, // second
        0.36776474, // third
        -0.6525002, // relative_position
        -0.41609776, // title
        -0.51156014, // title_weight
        -0.1873828, // density
        -0.25143558, // log_words
        -0.4472969, // words_8
        -0.49832845, // words_15
        -0.45246542, // words_25
        -0.30955884, // words_40
        0.055769622, // long
        0.025645735, // question
        -0.24588573, // exclamation
        9.848959, // colon
        -0.13028012, // paragraph_start
        -0.4873383, // first_paragraph
        0.2261676, // quote_open
        -0.027425982, // quote_close
        0.1772112, // anaphora
        0.16399547, // connective
        -0.14502503, // after_question
        -2.986802, // novelty
        7.3744035, // centroid
        1.0753348, // frequency
        -0.55992144, // relative_length
        0.04969961, // first_short
        0.44289184, // first_question
        -0.31718343, // first_anaphora
        0.39665267, // second_short
        0.24143298, // first_title
        -0.2797884, // first_density
        0.15805514, // in_paragraph
        0.68884706, // paragraph_index
        -0.14688525, // second_hook
        0.029609157, // third_hook
        0.62506664, // personal
    ],
    single: [
        -3.890674, // base
        -0.29478717, // centrality
        -0.93898565, // position
        0.82032186, // first
        -0.063491836, // second
        -0.09479126, // third
        0.5022354, // relative_position
        0.23316789, // title
        -0.08238498, // title_weight
        -0.024414305, // density
        2.8144562, // log_words
        -0.69777435, // words_8
        -0.26294804, // words_15
        -0.11886476, // words_25
        -0.10068325, // words_40
        -0.04012062, // long
        0.004572074, // question
        0.05745153, // exclamation
        9.342796, // colon
        -0.3297043, // paragraph_start
        -0.6697907, // first_paragraph
        0.057289243, // quote_open
        0.02158158, // quote_close
        -0.016332269, // anaphora
        0.014194698, // connective
        0.03884725, // after_question
        -0.29943094, // novelty
        2.1797953, // centroid
        0.699463, // frequency
        -0.5666486, // relative_length
        -0.044383023, // first_short
        -0.070551336, // first_question
        -0.57666075, // first_anaphora
        -0.052817676, // second_short
        -1.1234083, // first_title
        -0.014833127, // first_density
        0.8164899, // in_paragraph
        2.1292717, // paragraph_index
        0.16968466, // second_hook
        0.19612907, // third_hook
        0.29154173, // personal
    ],
    news_bias: -0.0067863716,
    news_weights: [
        0.9944226, // first_density
        -0.65504843, // first_question
        -1.0256026, // first_personal
        -14.614627, // question_share
        2.9730544, // density_mean
        -15.139763, // you_share
    ],
    mean: [
        1.0, // base
        0.43823275, // centrality
        0.4497897, // position
        0.062226787, // first
        0.062226787, // second
        0.062226787, // third
        0.5, // relative_position
        0.09731591, // title
        0.12418959, // title_weight
        0.40690234, // density
        0.7678142, // log_words
        0.065853015, // words_8
        0.19483057, // words_15
        0.38862842, // words_25
        0.26581195, // words_40
        0.02697961, // long
        0.012380812, // question
        0.0064896583, // exclamation
        0.00022883966, // colon
        0.24921814, // paragraph_start
        0.2757342, // first_paragraph
        0.15356901, // quote_open
        0.065366, // quote_close
        0.16430688, // anaphora
        0.06735514, // connective
        0.011987678, // after_question
        0.93128854, // novelty
        0.29123667, // centroid
        0.50843567, // frequency
        0.99847895, // relative_length
        0.008760452, // first_short
        0.0013671704, // first_question
        0.0058031394, // first_anaphora
        0.00526918, // second_short
        0.014774434, // first_title
        0.033042353, // first_density
        0.46374497, // in_paragraph
        0.51347107, // paragraph_index
        0.014305413, // second_hook
        0.014305413, // third_hook
        0.06319495, // personal
    ],
    redundancy: 0.1,
};
