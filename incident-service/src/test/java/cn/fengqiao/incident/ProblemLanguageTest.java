package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A refusal in the caller's language: Chinese for the station by default, English when asked. */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class ProblemLanguageTest {

    static final String WITHOUT_CHANNEL = "{\"category\":\"HELP\",\"summary\":\"没有渠道\",\"community\":\"wanyuan\"}";

    static ValidatableResponse report(String acceptLanguage) {
        var request = given().contentType(ContentType.JSON).body(WITHOUT_CHANNEL);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.post("/api/incidents").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldTellAValidationProblemInChineseUnlessEnglishIsPreferred() {
        report("zh-CN,zh;q=0.9,en;q=0.5")
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("请求有误"))
                .body("errors[0].field", equalTo("channel"))
                .body("errors[0].message", equalTo("不能为null"));
        report("en-US,en;q=0.9")
                .header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("errors[0].message", equalTo("must not be null"));
        // the station's default for a caller that states no language
        report(null).header("Content-Language", "zh-CN").body("title", equalTo("请求有误"));
    }

    @Test
    void shouldTitleEveryRefusalByItsStatus() {
        given().header("Accept-Language", "zh-CN")
                .get("/api/incidents/00000000-0000-0000-0000-00000000abcd")
                .then()
                .statusCode(404)
                .body("title", equalTo("未找到"));
        given().header("Accept-Language", "en")
                .get("/api/incidents/00000000-0000-0000-0000-00000000abcd")
                .then()
                .statusCode(404)
                .body("title", equalTo("Not found"));
    }
}
