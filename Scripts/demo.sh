#!/usr/bin/env bash
# The full demo election: builds tuixuan in release mode, creates a fresh database, generates a
# sample county (townships, villages, a community, ~500 members with realistic names, ages and
# statuses; rolls in UTF-8, UTF-8 with BOM and GB18030, as Excel writes them) and drives one
# village through all 32 steps with the real CLI, printing the status board as it goes.
#
# Usage: Scripts/demo.sh [--lang en] [--keep DIR]
# Every date is fixed (TUIXUAN_NOW moves through the election season), so the output is
# reproducible from run to run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
lang=zh
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --lang) lang=$2; shift 2 ;;
    --keep) work=$2; shift 2 ;;
    *) echo "usage: Scripts/demo.sh [--lang en] [--keep DIR]" >&2; exit 64 ;;
  esac
done
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/tuixuan-demo.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
rm -f "$work"/demo.sqlite*

if ! pkg-config --exists sqlite3 2>/dev/null && [ ! -f /usr/include/sqlite3.h ]; then
  echo "libsqlite3-dev is missing: apt-get install -y libsqlite3-dev" >&2
  exit 1
fi

echo "== swift build -c release"
# A failed build stops the demo: an older binary left in .build must never run it.
if ! (cd "$root" && swift build -c release --product tuixuan > "${TMPDIR:-/tmp}/tuixuan-demo-build.log" 2>&1); then
  grep -E "error" "${TMPDIR:-/tmp}/tuixuan-demo-build.log" >&2 || cat "${TMPDIR:-/tmp}/tuixuan-demo-build.log" >&2
  echo "build failed: see ${TMPDIR:-/tmp}/tuixuan-demo-build.log" >&2
  exit 1
fi
grep -E "warning: |Build complete" "${TMPDIR:-/tmp}/tuixuan-demo-build.log" || true
bin="$root/.build/release/tuixuan"
[ -x "$bin" ] || { echo "build failed: $bin not found" >&2; exit 1; }

export TUIXUAN_DB="$work/demo.sqlite"
export TUIXUAN_LANG="$lang"
export TUIXUAN_PASSPHRASE="demo passphrase"   # the demo operators' key passphrase; real operators type theirs
mkdir -p "$work/keys"
# Every act is signed with its operator's key: each operator makes a key first (newkey), and the superior who adds
# them registers its public half (operator add --public-key); the first reviewer signs init with his.
tx() {
  local operator="" previous=""
  for argument in "$@"; do
    [ "$previous" = "--operator" ] && operator=$argument
    previous=$argument
  done
  if [ -n "$operator" ] && [ -f "$work/keys/$operator.key" ]; then
    "$bin" "$@" --key "$work/keys/$operator.key"
  else
    "$bin" "$@"
  fi
}
newkey() { "$bin" key create --operator "$1" --out "$work/keys/$1.key" | head -1; }
say() { printf '\n== %s\n' "$*"; }
at() { export TUIXUAN_NOW="$1T10:00:00+08:00"; }
doc() { # doc NAME TEXT: a small document file to file with a step
  printf '%s\n' "$2" > "$work/docs/$1"
  printf '%s' "$work/docs/$1"
}
mkdir -p "$work/docs"

county=330521
township=330521001
village=330521001001
reviewer=周审核        # 县委组织部
guide=王建国          # 城关镇换届选举指导组
secretary=李红梅      # 村党组织（上届）
E=$village            # the election: the village's latest election

at 2026-10-08
say "示范县：组织与党员名册 / sample county: organizations and member rolls"
# The sample is written as CSV and, by the program's own Excel writer, as .xlsx workbooks; the county's files are Excel.
tx dev sample --out "$work/sample" --congress-date 2026-12-02 --townships 3 --villages 3 --xlsx
newkey $reviewer
tx init --county-code $county --county-name 示范县 --reviewer $reviewer --key "$work/keys/$reviewer.key"
tx org import "$work/sample/organizations.xlsx" --operator $reviewer
newkey $guide
tx operator add --operator $reviewer --name $guide --role township --org $township --public-key "$work/keys/$guide.key"
newkey $secretary
tx operator add --operator $guide --name $secretary --role village --org $village --public-key "$work/keys/$secretary.key"
for roll in "$work"/sample/rolls/*.xlsx; do
  tx member import "$roll" --org "$(basename "$roll" .xlsx)" --operator $reviewer
done
tx org list --under $township

say "第一幕：年度分类定级，一个村评为“较差”（软弱涣散） / act one: the county's annual grading; one village graded poor (weak and lax)"
# 004 第一篇: the grading runs on the same engine as the election (Schema/procedures/grading.v1.json). Its objection period
# counts working days on the official calendar (2025 and 2026 shipped; another year is imported by the county).
g="--org 330521001002 --year 2026"
tx grading start $g --operator $guide
tx grading complete 1 $g --on 2026-03-25 --document "$(doc self-report.txt '党支部自查自评报告')" --document-title 自查自评报告 --operator $guide
# The 41 anonymous rating ballots, entered twice by two people (the second entry a ballot short at first).
{ echo "序号,测评等级"; i=0; for mark in 好 较好 较好 一般 一般 一般 一般 较差 较差 较差 较差 较差 无效; do
    for _ in 1 2 3; do i=$((i+1)); [ $i -le 41 ] && echo "$i,$mark"; done; done
  for i in 40 41; do echo "$i,较差"; done; } | awk -F, 'NR==1 || $1<=41' > "$work/ratings-A.csv"
head -n 41 "$work/ratings-A.csv" > "$work/ratings-B-short.csv"
tx grading ratings $g --entry A --file "$work/ratings-A.csv" --operator $guide
tx grading ratings $g --entry B --file "$work/ratings-B-short.csv" --operator $reviewer
tx grading complete 2 $g --on 2026-03-28 --minutes "测评会：挂村领导、党员、群众代表41人无记名测评" --operator $guide || echo "(exit $?: refused until the two entries agree)"
tx grading ratings $g --entry B --file "$work/ratings-A.csv" --operator $reviewer
tx grading complete 2 $g --on 2026-03-28 --minutes "测评会：挂村领导、党员、群众代表41人无记名测评" --operator $guide
tx grading grade $g --stage self --grade 一般 --on 2026-03-30 --note "支委会表决通过（5票赞成）" --operator $guide
tx grading complete 3 $g --on 2026-03-30 --minutes "支委会对照标准自评为一般，表决通过" --operator $guide
tx grading score $g --area 领导班子好=10 --area 党员队伍好=12 --area 工作机制好=11 --area 工作业绩好=12 --area 群众反映好=10.5 --on 2026-04-08 --operator $guide
tx grading complete 4 $g --on 2026-04-09 --minutes "镇党委班子会议：量化考核55.5分，初评较差" --operator $guide
tx grading complete 5 $g --on 2026-04-14 --published-on 2026-04-10 --published-where 镇政务公开栏 --operator $guide
tx grading grade $g --stage county --grade 较差 --on 2026-09-18 --operator $reviewer
tx grading complete 6 $g --on 2026-09-18 --document "$(doc grading-notice.txt '综合考评结果通报')" --document-title 综合考评结果通报 --operator $reviewer
say "异议期7个工作日：9月20日（星期日）调休上班算一天，9月25日中秋节放假不算，至9月29日 / 7 working days: Sunday 20 September worked, 25 September (Mid-Autumn) off: until the 29th"
tx grading objection file $g --on 2026-09-30 --filed-by 东升村党支部 --summary "测评会后已调整两名委员，请求复核" --operator $guide || echo "(exit $?: past the period, which ended on 29 September)"
tx grading objection file $g --on 2026-09-29 --filed-by 东升村党支部 --summary "测评会后已调整两名委员，请求复核" --operator $guide
tx grading complete 7 $g --on 2026-09-30 --operator $reviewer || echo "(exit $?: refused until the objection is decided)"
tx grading objection decide $g --objection 1 --upheld no --reason "班子调整后尚未见成效，维持原评价" --on 2026-09-30 --operator $reviewer
tx grading complete 7 $g --on 2026-09-30 --operator $reviewer
tx grading complete 8 $g --on 2026-09-30 --operator $reviewer
tx grading status $g
say "较差的东升村集中整顿：派驻工作组和第一书记，问题台账，整改措施和时限 / 东升村's rectification: the working group, the ledger, measures"
r="--org 330521001002 --year 2026"
tx rectification start $r --operator $guide
tx rectification team $r --name 陈志强 --position 城关镇党委副书记 --role 工作组组长 --on 2026-10-01 --operator $guide
tx rectification team $r --name 刘洋 --position 县农业农村局干部 --role 第一书记 --on 2026-10-01 --operator $guide
tx rectification complete 1 $r --on 2026-10-01 --document "$(doc rectify-plan.txt '东升村党支部集中整顿工作方案')" --document-title 整顿工作方案 --operator $guide
tx rectification problem $r --source 自查 --summary "“三会一课”不落实，组织生活不正常" --on 2026-10-02 --operator $guide
tx rectification problem $r --source 走访 --summary "村务财务公开不及时，群众意见大" --on 2026-10-02 --operator $guide
tx rectification problem $r --source 分类定级 --summary "三年未发展党员" --on 2026-10-02 --operator $guide
tx rectification complete 2 $r --on 2026-10-03 --minutes "召开党员、群众代表座谈会，梳理问题建立台账" --operator $guide
tx rectification measure $r --problem 1 --measure "每月召开支部党员大会，按季度上党课" --responsible 刘洋 --due 2026-12-31 --operator $guide
tx rectification measure $r --problem 2 --measure "10月5日前公开三季度村务财务" --responsible 陈志强 --due 2026-10-05 --operator $guide
tx rectification measure $r --problem 3 --measure "培养入党积极分子3名、发展对象2名" --responsible 刘洋 --due 2026-12-31 --operator $guide
tx rectification complete 3 $r --on 2026-10-04 --document "$work/docs/rectify-plan.txt" --document-title 整改计划 --operator $guide
tx rectification status $r
say "全县整顿台账中逾期未完成的整改措施 / the county's ledger of overdue measures"
tx rectification ledger --org $county

say "全县等级分布（“好”不超过20%的核对），附图 / the county's grade distribution with the 20% check, and its chart"
tx grading summary --org $county --year 2026
tx grading summary --org $county --year 2026 --format html --out "$work/grades.html"
for due in 10:2026-11-01 19:2026-11-30 27:2026-12-10 30:2026-12-31; do
  tx plan due --township $township --step "${due%%:*}" --date "${due##*:}" --operator $guide
done

say "同一名册的CSV再导入一次，不产生改动 / the same roll re-imported from its CSV changes nothing"
tx member import "$work/sample/rolls/$village.csv" --org $village --operator $guide
say "空白名册模板（Excel：身份证号列为文本，日期列为日期） / the blank roll template for Excel"
tx member template --format xlsx --out "$work/roll-template.xlsx"

say "有错误的名册整份拒绝，数据库不变 / a roll with bad rows is rejected whole"
printf '姓名,性别,出生日期,身份证号,文化程度,入党日期,党员类别\n张伟,男,1970-13-01,,高中,1990-01-01,正式\n刘芳,女,1980-02-30,,博士后,1999-01-01,临时\n' > "$work/bad-roll.csv"
tx member import "$work/bad-roll.csv" --org $village --operator $guide || echo "(exit $?: rejected as expected)"

say "启动换届选举 / start the election"
tx election start --org $village --congress-date 2026-12-02 --operator $guide
tx status -e $E

at 2026-10-15
say "（一）前期准备 / preparation (steps 1–4)"
tx step complete 1 -e $E --operator $guide || echo "(exit $?: refused until the survey's assessment is recorded)"
tx election assess -e $E --weak-and-lax no --note "班子团结，群众满意度较高" --operator $guide
tx step complete 1 -e $E --operator $guide --on 2026-10-08 --document "$(doc survey.txt '红旗村调查摸底报告')" --document-title 调查摸底报告
tx step skip 2 -e $E --operator $guide --on 2026-10-09 --reason "经调查摸底研判，不属于软弱涣散党组织"
# Step 3 audits each member of the outgoing committee; a problem found is dealt with before the step closes.
tx candidates incumbents -e $E --member 张志远:书记 --member 陈国平:委员 --member 周德福:委员 --operator $secretary
tx outgoing audit -e $E --member 张志远 --auditor 乡镇农村经营管理站 --on 2026-10-10 --operator $guide
tx outgoing audit -e $E --member 陈国平 --auditor 乡镇农村经营管理站 --on 2026-10-10 --operator $guide
tx outgoing audit -e $E --member 周德福 --auditor 乡镇农村经营管理站 --problems "2017年修路款报销凭证缺失2张，计3200元" --on 2026-10-10 --operator $guide
tx step complete 3 -e $E --operator $guide --on 2026-10-12 --document "$(doc audit.txt '离任经济责任审计报告')" --document-title 离任审计报告 \
  --published-on 2026-10-13 --published-where 村务公开栏 || echo "(exit $?: refused until the problem found is dealt with)"
tx outgoing handled -e $E --member 周德福 --handling "补齐凭证，经乡镇农经站复核无误" --on 2026-10-11 --operator $guide
tx step complete 3 -e $E --operator $guide --on 2026-10-12 --document "$(doc audit.txt '离任经济责任审计报告')" --document-title 离任审计报告 \
  --published-on 2026-10-13 --published-where 村务公开栏
tx step complete 4 -e $E --operator $reviewer --on 2026-10-15 --document "$(doc analysis.txt '书记队伍分析研判及人事调整初步方案')" --document-title 人事调整初步方案

at 2026-10-22
say "（二）部署启动 / launch (steps 5–8)"
tx election guidance add -e $E --name 陈志强 --position 乡镇党委副书记（组长） --operator $guide
tx election guidance add -e $E --name 赵秀英 --position 乡镇党委组织委员 --operator $guide
tx election guidance add -e $E --name $guide --position 乡镇组织干事 --operator $guide
tx step complete 5 -e $E --operator $guide --on 2026-10-16 --document "$(doc plan.txt '城关镇村（社区）党组织换届选举工作方案')" --document-title 换届选举工作方案
tx step complete 6 -e $E --operator $guide --on 2026-10-17 --minutes "召开全镇换届选举动员会，培训业务骨干42人"
tx outgoing review -e $E --member 张志远 --satisfied 41 --basically-satisfied 5 --dissatisfied 2 --on 2026-10-18 --operator $guide
tx outgoing review -e $E --member 陈国平 --satisfied 36 --basically-satisfied 9 --dissatisfied 3 --on 2026-10-18 --operator $guide
tx outgoing review -e $E --member 周德福 --satisfied 22 --basically-satisfied 15 --dissatisfied 11 --on 2026-10-18 --operator $guide
tx outgoing show -e $E
tx step complete 7 -e $E --operator $guide --on 2026-10-19 --minutes "班子述职，党员和村民代表民主评议，结果见逐人评议记录" \
  --published-on 2026-10-20 --published-where 村务公开栏
tx step complete 8 -e $E --operator $secretary --on 2026-10-21 --minutes "支委会研究换届事宜" \
  --document "$(doc request.txt '关于召开党员大会进行换届选举的请示')" --document-title 召开党员大会的请示 || echo "(exit $?: refused until the township replies)"
tx step approve 8 -e $E --operator $guide --note "同意召开党员大会进行换届选举"
tx step complete 8 -e $E --operator $secretary --on 2026-10-21 --minutes "支委会研究换届事宜，委员分工筹备" \
  --document "$work/docs/request.txt" --document-title 召开党员大会的请示
tx status -e $E

at 2026-10-30
say "（三）宣传动员 / publicity and registration (steps 9–10)"
tx step complete 9 -e $E --operator $secretary --published-on 2026-10-23 --published-where "广播、微信群、公告栏" || echo "(exit $?: refused until every away member is notified)"
tx registration record -e $E --all-away --notified-via phone --notified-on 2026-10-24 --operator $secretary
tx step complete 9 -e $E --operator $secretary --on 2026-10-24 --published-on 2026-10-23 --published-where "广播、微信群、公告栏"
tx registration show -e $E --json > "$work/voters.json"
# The first member with a vote, as the demo's bedridden member (keys are sorted: has_vote comes before member_id).
bedridden=$(awk '/"has_vote" : true/ {v=1} /"has_vote" : false/ {v=0} /"member_id"/ && v {gsub(/[^0-9]/, ""); print; exit}' "$work/voters.json")
tx registration exclude -e $E --member "#$bedridden" --reason bedridden --detail "年老体弱，长期卧床，经本人及家属确认不能参加" --operator $secretary
tx registration decide -e $E --member "#$bedridden" --agree yes --note 同意 --operator $guide
tx registration congress-approve -e $E --member "#$bedridden" --on 2026-10-19 --operator $secretary
tx registration approve -e $E --operator $guide || echo "(exit $?: refused until every voter has registered)"
tx registration record -e $E --all-away --intention absent --operator $secretary
tx registration record -e $E --all-unregistered --intention attend --operator $secretary
tx registration show -e $E | tail -4
tx registration approve -e $E --operator $guide --note "同意应到会人数"
tx registration file -e $E --on 2026-10-29 --reference 城组备〔2026〕17号 --operator $guide
tx step complete 10 -e $E --operator $secretary --on 2026-10-29
tx status -e $E

at 2026-11-02
say "（四）确定人选 / choosing the candidates (steps 11–19)"
newkey 张卫东
tx operator add --operator $reviewer --name 张卫东 --role township_secretary --org $township --public-key "$work/keys/张卫东.key"
newkey 刘建华
tx operator add --operator $reviewer --name 刘建华 --role county_deputy_head --org $county --public-key "$work/keys/刘建华.key"
tx candidates seats set -e $E --committee 3 --operator $guide
# Where the nominees come from and what else they hold (seed 三 拓宽来源渠道; 四 一肩挑、妇联主席): shown as each list's composition.
tx member profile --org $village --member 张志远 --background 致富带头人 --post 主任 --operator $secretary
tx member profile --org $village --member 刘晓燕 --background 大学生村官 --post 妇联主席 --operator $secretary
tx member profile --org $village --member 孙丽 --background 返乡人员 --operator $secretary
# 情况报送: an emerging problem reported by the village and dealt with by the township (seed 六、3).
tx situation report -e $E --kind 苗头性倾向性问题 --on 2026-11-01 --summary "有党员反映个别人私下打招呼拉票" --operator $secretary
tx situation handle 1 --on 2026-11-02 --handling "指导组与当事人谈话提醒，重申换届纪律" --operator $guide
# The incumbent secretary stands again: the township first weighs the nine grounds of unfitness (seed 三(四)).
tx candidates assess-secretary -e $E --member 张志远 --note "逐项研判：政治坚定，依法办事，近两年绩效考核本乡镇前列，群众满意，无失信记录，集体经济收入逐年增长" --operator $guide
tx step complete 11 -e $E --operator $guide --on 2026-11-01 --document "$(doc method.txt '候选人预备人选推荐办法')" --document-title 推荐办法 \
  --published-on 2026-11-02 --published-where 村务公开栏

at 2026-11-05
tx step complete 12 -e $E --operator $secretary --minutes "党员大会推荐" || echo "(exit $?: refused until both rounds and the initial list are recorded)"
tx candidates recommend ballots "$work/sample/recommendations/$village-members.csv" -e $E --round members --held-on 2026-11-04 --operator $secretary
tx candidates recommend tally "$work/sample/recommendations/$village-representatives.csv" -e $E --round representatives --held-on 2026-11-05 \
  --ballots 31 --operator $secretary
tx candidates list -e $E --stage initial --member 张志远:委员+书记 --member 陈国平 --member 刘晓燕 --member 赵明 --member 孙丽 --member 吴海 \
  --operator $secretary
tx candidates show -e $E
tx step complete 12 -e $E --operator $secretary --on 2026-11-05 --minutes "党员大会和村民代表会议分别推荐，收回推荐票46张、31张"

at 2026-11-07
tx candidates recommend township -e $E --member 张志远:书记 --member 陈国平 --member 刘晓燕 --member 赵明 --operator $guide
tx step complete 13 -e $E --operator $guide --on 2026-11-07 --minutes "乡镇党委会议推荐并研究确定初步人选，资格初审"
at 2026-11-10
tx step complete 14 -e $E --operator $reviewer --on 2026-11-10 --document "$(doc compare.txt '书记候选人初步人选比选意见')" --document-title 比选意见

at 2026-11-14
say "资格联审 / joint vetting (step 15)"
tx candidates vetting answer -e $E --department police --member 吴海 --finding --bar 1 --detail "2015年因寻衅滋事罪被判处有期徒刑" --operator $reviewer
for dept in discipline court procuratorate justice police civil_affairs political_legal audit petitions work_safety environment health finance ethnic_religious; do
  tx candidates vetting answer -e $E --department $dept --operator $reviewer > /dev/null
done
tx candidates vetting show -e $E
tx candidates vetting show -e $E --format xlsx --out "$work/vetting.xlsx"
tx step approve 15 -e $E --operator $reviewer --note "县领导小组复审"
tx step complete 15 -e $E --operator $reviewer --document "$(doc vetting.txt '资格联审意见汇总表')" --document-title 资格联审意见 \
  || echo "(exit $?: refused while an excluded nominee is on the initial list)"
tx candidates list -e $E --stage initial --member 张志远:委员+书记 --member 陈国平 --member 刘晓燕 --member 赵明 --member 孙丽 --operator $secretary
tx step complete 15 -e $E --operator $reviewer --on 2026-11-14 --document "$work/docs/vetting.txt" --document-title 资格联审意见

at 2026-11-18
# The inspection learns each new nominee's health (身体健康): the inspection list waits for it.
for nominee in 刘晓燕 赵明 孙丽; do
  tx candidates health -e $E --member $nominee --fit --basis "2026年度体检报告，考察组走访了解" --on 2026-11-16 --operator $guide
done
tx candidates list -e $E --stage inspection --member 张志远:委员+书记 --member 陈国平 --member 刘晓燕 --member 赵明 --member 孙丽 --operator $secretary
tx step complete 16 -e $E --operator $guide --on 2026-11-17 --minutes "支委会确定考察名单，县乡联合考察" --document "$(doc inspection.txt '考察材料')" --document-title 考察材料
tx candidates list -e $E --stage prospective --member 张志远:委员+书记 --member 陈国平 --member 刘晓燕 --member 赵明 --member 孙丽 --operator $secretary
tx candidates publicity start -e $E --start 2026-11-18 --place "村务公开栏、村民微信群" --operator $secretary
tx step complete 17 -e $E --operator $secretary --on 2026-11-18 --minutes "支委会确定候选人预备人选并公示"

at 2026-11-22
say "公示期间的反映 / objections during publicity"
tx candidates publicity object -e $E --member 赵明 --received 2026-11-19 --summary "反映其长期在外经商，不熟悉村情" --operator $secretary
tx candidates publicity object -e $E --member 孙丽 --received 2026-11-20 --summary "反映其在推荐前登门拉票" --operator $secretary
tx candidates publicity resolve 1 -e $E --outcome dismissed --reason "经核实，赵明近三年常住本村，反映不属实" --operator $guide
tx candidates publicity resolve 2 -e $E --outcome upheld --reason "经核实，孙丽确有拉票行为，取消其人选资格" --operator $guide
tx candidates publicity list -e $E
tx candidates approve -e $E --what list --operator $guide || echo "(exit $?: refused until publicity has ended)"

at 2026-11-24
say "请示批复 / approval of the list (step 18)"
tx candidates approve -e $E --what list --note "同意候选人预备人选" --operator $guide
tx candidates approve -e $E --what secretary --note "签字确认" --operator 张卫东
tx candidates approve -e $E --what secretary --note "签字确认" --operator 刘建华
tx candidates approve -e $E --what secretary --note "县领导小组审定" --operator $reviewer
tx step complete 18 -e $E --operator $guide --on 2026-11-24 --document "$(doc reply18.txt '关于候选人预备人选的批复')" --document-title 乡镇党委批复

at 2026-11-26
tx candidates pledge -e $E --signed-on 2026-11-25 --published-on 2026-11-26 --document "$(doc pledges.txt '严守换届纪律承诺书')" --operator $guide
# The staff (the guidance group) and the outgoing committee sign too (seed 五、19); 周德福 sits on it without standing again.
tx candidates pledge -e $E --member 周德福 --signed-on 2026-11-25 --operator $guide
for staff in 陈志强 赵秀英 $guide; do
  tx candidates pledge -e $E --staff $staff --signed-on 2026-11-25 --operator $guide
done
tx step complete 19 -e $E --operator $guide --on 2026-11-26 --document "$work/docs/pledges.txt" --document-title 纪律承诺书
tx candidates show -e $E
say "选票 / the ballot, from the approved list"
tx candidates ballot -e $E
tx candidates ballot -e $E --format html --out "$work/ballot.html"
tx candidates ballot -e $E --format csv --out "$work/ballot-template.csv"
tx candidates ballot -e $E --format xlsx --out "$work/ballot-template.xlsx"
head -3 "$work/ballot-template.csv"
tx status -e $E

at 2026-12-02
say "（五）大会选举 / the members' congress (steps 20–27)"
newkey 计票员甲
tx operator add --operator $guide --name 计票员甲 --role teller --org $village --public-key "$work/keys/计票员甲.key"
newkey 计票员乙
tx operator add --operator $guide --name 计票员乙 --role teller --org $village --public-key "$work/keys/计票员乙.key"
roll_names() { tx registration show -e $E --json | awk -F'"' '/"name"/ {print $4}'; }
# Scrutineers and tellers: members with a vote who are not candidates.
mapfile -t officers < <(tx registration show -e $E --json | awk -F'"' '
  /"has_vote" : true/ {v=1} /"has_vote" : false/ {v=0} /"name"/ && v {print $4}' | grep -v -x -e 张志远 -e 刘晓燕 -e 陈国平 -e 赵明 -e 孙丽 -e 吴海 -e 周德福 | head -4)
chief=${officers[0]}
newkey "$chief"
tx operator add --operator $guide --name "$chief" --role scrutineer --org $village --public-key "$work/keys/$chief.key"
tx step complete 20 -e $E --operator $secretary --on 2026-11-28 --document "$(doc notice.txt '党员大会书面通知、议程')" --document-title 大会通知
tx step complete 21 -e $E --operator $secretary --minutes "上届委员会主持召开党员大会，通过议程，作工作报告"
tx step complete 22 -e $E --operator $secretary --minutes "分组讨论工作报告、选举办法草案，推选监票人"
tx step complete 23 -e $E --operator $secretary --minutes "支委会审议选举办法草案、候选人和监票人名单，指定计票人"
tx step complete 24 -e $E --operator $secretary --minutes "大会通过选举办法和监票人、计票人名单" --document "$(doc method24.txt '党员大会选举办法')" \
  || echo "(exit $?: refused until the method and the officers are recorded)"
tx congress method -e $E --secretary indirect --operator $secretary
tx congress officers -e $E --chief "$chief" --scrutineer "${officers[1]}" --teller "${officers[2]}" --teller "${officers[3]}" --operator $secretary
tx step complete 24 -e $E --operator $secretary --minutes "大会通过选举办法和监票人、计票人名单，宣布候选人名单" --document "$work/docs/method24.txt" --document-title 选举办法
tx step complete 25 -e $E --operator $secretary --minutes "候选人竞职演说，作出四项承诺"

say "签到与法定人数 / attendance and quorum"
# Those registered to attend come; the first forty are not yet a quorum.
tx registration show -e $E --json | awk -F'"' '/"intention" : "attend"/ {a=1} /"intention" : "absent"/ {a=0} /"name"/ && a {print $4; a=0}' > "$work/attendees.txt"
head -n 40 "$work/attendees.txt" > "$work/first-arrivals.txt"
tx congress check-in -e $E --file "$work/first-arrivals.txt" --operator $secretary
tx round open -e $E --kind committee --operator $secretary || echo "(exit $?: refused without a quorum)"
tx congress check-in -e $E --file "$work/attendees.txt" --operator $secretary
present=$(tx congress quorum -e $E --json | awk -F': ' '/"present"/ {gsub(/[^0-9]/, "", $2); print $2}')

say "第一轮：委员选举 / round 1: the committee"
tx round open -e $E --kind committee --operator $secretary
tx dev ballots -e $E --yes 张志远=44,刘晓燕=37,陈国平=31,赵明=31 --valid $((present - 3)) --overvoted 2 --spoiled 1 --seed 7 \
  --out-a "$work/round1-A.csv" --out-b "$work/round1-B.csv"
tx round enter -e $E --entry A --file "$work/round1-A.csv" --operator 计票员甲
tx round enter -e $E --entry B --file "$work/round1-B.csv" --operator 计票员乙
tx round reconcile -e $E
for place in $(tx round reconcile -e $E --json | awk -F'"' '/"place"/ {print $4}'); do
  tx round decide "$place" -e $E --as A --note "监票人复核原票，与A批录入一致" --operator "$chief"
done
tx round close -e $E --issued $present --returned $present --operator "$chief"

say "第二轮：票数相等者再次投票 / round 2: run-off among the tied"
tx round open -e $E --kind runoff --operator $secretary
tx dev ballots -e $E --yes 陈国平=35,赵明=14 --valid $((present - 1)) --overvoted 1 --seed 8 --out-a "$work/round2-A.csv"
tx round enter -e $E --entry A --file "$work/round2-A.csv" --operator 计票员甲
tx round enter -e $E --entry B --file "$work/round2-A.csv" --operator 计票员乙
tx round close -e $E --issued $present --returned $present --operator "$chief"

say "委员会第一次全体会议选举书记 / the new committee elects the secretary"
tx congress check-in -e $E --body committee --member 张志远 --member 刘晓燕 --member 陈国平 --operator $secretary
tx round open -e $E --kind secretary --operator $secretary
printf '%s\n' "$(tx round template -e $E | head -1)" "1,○,,,," "2,○,,,," "3,○,,,," > "$work/round3.csv"
tx round enter -e $E --entry A --file "$work/round3.csv" --operator 计票员甲
tx round enter -e $E --entry B --file "$work/round3.csv" --operator 计票员乙
tx round close -e $E --issued 3 --returned 3 --operator "$chief"
tx step complete 26 -e $E --operator $secretary --minutes "投票选举新一届委员会，委员会第一次全体会议选举书记，结果当场公布"

say "计票结果报告单 / the count report"
tx congress report -e $E
tx congress report -e $E --format html --out "$work/count-report.html"
tx congress report -e $E --format xlsx --out "$work/count-report.xlsx"
tx result approve -e $E --note "同意选举结果" --operator $guide
tx step complete 27 -e $E --operator $guide --document "$(doc report27.txt '选举情况报告及乡镇党委批复')" --document-title 选举结果批复
tx result review -e $E --outcome reviewed --reason "程序合法，结果有效" --operator $reviewer
tx status -e $E

at 2026-12-20
say "（六）后续工作 / follow-up (steps 28–32)"
tx step complete 28 -e $E --operator $guide --on 2026-12-05 --document "$(doc handover.txt '新老班子移交清单')" --document-title 移交清单
# Step 29: a talk with each person who lost or was not renominated; 周德福 leaves the committee, so his treatment is settled too.
tx result talks -e $E
tx result talk -e $E --member 周德福 --by 陈志强 --note "本人对不再提名表示理解，愿意支持新班子工作" \
  --treatment "任村干部满两届，按县规定自2027年1月起每月发放离任生活补贴" --on 2026-12-06 --operator $guide
tx result talk -e $E --member 赵明 --by 陈志强 --note "正确对待选举结果，继续在合作社发挥带头作用" --on 2026-12-07 --operator $guide
tx step complete 29 -e $E --operator $guide --on 2026-12-07 --minutes "与落选和不再提名的同志逐人谈心谈话，落实离任干部待遇"
tx step complete 31 -e $E --operator $secretary --on 2026-12-15 --document "$(doc support.txt '团支部、妇联换届及村务监督委员会组建情况')" --document-title 配套组织建设情况
# Step 30: the bundle exported from this database is checked (its own chain, signatures traced to the trust list, steps 28 and 29
# in it) and filed before the step closes.
tx archive export -e $E --out "$work/archive-filed-$village.json" --operator $guide
tx archive file "$work/archive-filed-$village.json" -e $E --on 2026-12-18 --operator $guide
tx step complete 30 -e $E --operator $guide --on 2026-12-18 --document "$(doc archive.txt '换届选举工作总结及归档目录')" --document-title 归档目录
tx step complete 32 -e $E --operator $reviewer --on 2026-12-20 --document "$(doc training.txt '新任书记集中培训方案')" --document-title 书记培训方案

say "最终看板 / the final board"
tx status -e $E
say "同乡镇其他村（社区）的进度 / other villages of the township, at other stages"
tx election start --org 330521001002 --congress-date 2026-12-28 --operator $guide
# Step 1 reads the village's final grade (较差: weak and lax): no typed assessment, and step 2 cannot be skipped.
tx step complete 1 -e 330521001002 --operator $guide --on 2026-12-10 --document "$work/docs/survey.txt" --document-title 调查摸底报告
# Its outgoing committee is not yet recorded and audited: the board shows step 3 blocked, and why.
tx election start --org 330521001003 --congress-date 2026-12-30 --operator $guide
tx election start --org 330521001004 --congress-date 2026-12-30 --operator $guide
tx election assess -e 330521001004 --weak-and-lax no --note "班子稳定，年度考核称职" --operator $guide
tx step complete 1 -e 330521001004 --operator $guide --on 2026-12-12 --document "$work/docs/survey.txt" --document-title 调查摸底报告
tx step skip 2 -e 330521001004 --operator $guide --on 2026-12-12 --reason "不属于软弱涣散党组织"
tx step complete 4 -e 330521001004 --operator $reviewer --on 2026-12-14 --document "$work/docs/analysis.txt" --document-title 人事调整初步方案

say "全县概况 / the county overview"
tx overview --org $county
tx overview --org $county --overdue --format csv
tx overview --org $county --format xlsx --out "$work/overview.xlsx"
# The kept board must be exactly what recomputing every line from the facts gives.
if ! diff <("$bin" overview --org $county --json) <("$bin" overview --org $county --json --live) >/dev/null; then
  echo "概况与重新计算的结果不一致 / the kept board differs from the recomputed one" >&2
  exit 1
fi
say "审计核验 / audit verify"
tx key list
tx audit verify
say "归档包 / the archive bundle, checked with only the county's trust list"
tx trust export --out "$work/trust.json"
tx archive export -e $E --out "$work/archive-$village.json" --operator $guide
"$bin" archive verify "$work/archive-$village.json" --trust "$work/trust.json"
say "县级汇总库导入归档包 / the county's own database imports the bundle"
newkey 县汇总员
TUIXUAN_DB="$work/county.sqlite" tx init --county-code $county --county-name 示范县 --reviewer 县汇总员 --key "$work/keys/县汇总员.key"
TUIXUAN_DB="$work/county.sqlite" tx trust import "$work/trust.json" --operator 县汇总员
TUIXUAN_DB="$work/county.sqlite" tx archive import "$work/archive-$village.json" --operator 县汇总员
TUIXUAN_DB="$work/county.sqlite" "$bin" archive list
say "事件记录（最后5条） / the event log (last 5)"
tx events -e $E | tail -5
tx status -e $E --json | grep -E '"(done|total|complete)"'
