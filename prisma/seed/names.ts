import type { Gender } from "@/generated/prisma/enums";

/**
 * Fictional names for demo deputies, drawn deterministically (the same names on every run, so the
 * seed stays idempotent). People named in the bulletin are never generated.
 */
const SURNAMES = [
  "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
  "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许", "傅", "沈",
  "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴", "夏",
  "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "邹", "金", "陆", "郝", "孔", "白", "崔", "康",
  "毛", "邱", "江", "史", "顾", "侯", "邵", "孟", "段", "雷", "钱", "汤", "尹", "常", "武", "乔", "贺", "龚",
];

const GIVEN: Record<Gender, readonly string[]> = {
  MALE: [
    "建国", "志强", "国华", "海涛", "明亮", "文博", "晓东", "振华", "卫东", "宏伟", "永刚", "新民", "春生", "广平",
    "德明", "庆林", "保国", "浩然", "宇航", "俊杰", "鹏飞", "立新", "学军", "长青", "玉山", "树林", "天明", "向阳",
    "家乐", "嘉豪", "伟", "磊", "军", "勇", "涛", "斌", "刚", "超", "峰", "锋", "振宇", "书恒", "子龙", "守业",
  ],
  FEMALE: [
    "秀英", "桂兰", "丽娟", "春梅", "红梅", "晓燕", "玉兰", "淑华", "雪梅", "婷婷", "佳怡", "雨萱", "欣怡", "文静",
    "美玲", "海燕", "丽华", "金凤", "翠萍", "彩霞", "艳", "静", "敏", "丽", "霞", "慧", "芳", "娜", "晓雯", "梦洁",
  ],
};

/** Real deputies the bulletin names: the demo never reuses them. */
const EXCLUDED = new Set(["秦英林", "刘晓强", "翟春艳", "付中华", "李传红", "海国勇"]);

export type TNamer = (gender: Gender) => string;

export function createNamer(): TNamer {
  const used = new Set<string>();
  const counters: Record<Gender, number> = { MALE: 0, FEMALE: 0 };
  return (gender) => {
    const given = GIVEN[gender];
    for (;;) {
      const n = counters[gender]++;
      // Strides coprime with the list lengths walk through the combinations without clustering.
      const name = SURNAMES[(n * 37) % SURNAMES.length]! + given[(n * 13 + Math.floor(n / given.length)) % given.length]!;
      if (!used.has(name) && !EXCLUDED.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}
